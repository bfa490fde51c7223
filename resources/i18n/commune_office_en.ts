<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="40"/>
        <source>Assign the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="43"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="44"/>
        <source>Co-handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="45"/>
        <source>People informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="46"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="49"/>
        <source>The leader&apos;s direction, e.g. who leads, what to report and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="50"/>
        <source>Direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="54"/>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="60"/>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="61"/>
        <source>&amp;Co-handlers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="62"/>
        <source>&amp;Informed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="63"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="64"/>
        <source>Direction &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="87"/>
        <source>The unit&apos;s staff list has not been synced yet. Sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="94"/>
        <source>Choose the handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="112"/>
        <source>Not assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="582"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="585"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="188"/>
        <source>&amp;Download now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="189"/>
        <source>Download this attachment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="201"/>
        <source>Open with another &amp;program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="202"/>
        <source>Open this file with another program on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="212"/>
        <source>PDF attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="217"/>
        <source>Image attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="260"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="260"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="262"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="262"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="264"/>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="264"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="266"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="266"/>
        <source>Go to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="268"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="268"/>
        <source>Go to the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="269"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="269"/>
        <source>Print this PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="444"/>
        <source>This PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="447"/>
        <source>This PDF cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="199"/>
        <location filename="../../client/ui/attachment_viewer.py" line="271"/>
        <location filename="../../client/ui/attachment_viewer.py" line="302"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="272"/>
        <location filename="../../client/ui/attachment_viewer.py" line="303"/>
        <source>Save a copy of this file on the computer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="275"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="277"/>
        <source>PDF tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="305"/>
        <source>Image tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="335"/>
        <source>Choose an attachment to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="340"/>
        <location filename="../../client/ui/attachment_viewer.py" line="441"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="345"/>
        <source>This file (%1 MB) has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="350"/>
        <source>This file has not been downloaded yet; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="356"/>
        <source>This kind of file (%1) cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="381"/>
        <source>That password does not open the file. Password of this PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="382"/>
        <source>This PDF is protected by a password. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="383"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="402"/>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="409"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="449"/>
        <source>The attachment could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="501"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="515"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="525"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/attachment_viewer.py" line="529"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="534"/>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="542"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="542"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="563"/>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="567"/>
        <source>The copy was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="31"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="32"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="33"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="34"/>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="35"/>
        <source>Before both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="40"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="41"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="42"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="43"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="45"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="46"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="47"/>
        <source>Direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="48"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="49"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="50"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="51"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="52"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="53"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="62"/>
        <source>Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="63"/>
        <source>Keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="64"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="65"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="72"/>
        <location filename="../../client/ui/conflicts_view.py" line="108"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="77"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="80"/>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="84"/>
        <location filename="../../client/ui/conflicts_view.py" line="89"/>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="85"/>
        <source>Choose a conflict, then edit the value to keep here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="90"/>
        <source>Merged date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="95"/>
        <source>Keep &amp;my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="97"/>
        <source>Keep the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="99"/>
        <source>Save the merged &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="120"/>
        <source>Your change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="121"/>
        <source>On the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="125"/>
        <source>Merge by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="144"/>
        <source>Nothing to decide: no change conflicts with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/conflicts_view.py" line="147"/>
        <source>%n field(s) were changed both here and on the server. Choose which value to keep.</source>
        <translation>
            <numerusform>%n field was changed both here and on the server. Choose which value to keep.</numerusform>
            <numerusform>%n fields were changed both here and on the server. Choose which value to keep.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="231"/>
        <source>The merged value is not valid; keep the shape of the values above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="243"/>
        <source>Not decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitizeDialog</name>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="105"/>
        <source>Digitize scanned documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="108"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="109"/>
        <source>Drop scanned PDFs or images here, or choose files or a whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="111"/>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="113"/>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="123"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="128"/>
        <source>Secret documents (Mật) are not scanned into this computer: register them as register entries with Documents ▸ Register a secret document (paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="137"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="138"/>
        <source>Document type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="139"/>
        <source>Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="140"/>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="141"/>
        <source>Secrecy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="143"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="144"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="145"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="146"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="151"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="155"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="182"/>
        <source>Reading the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="187"/>
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n file ready to import.</numerusform>
            <numerusform>%n files ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="207"/>
        <source>The suggestions read on %1 will be used for its document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="212"/>
        <source>Scanned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="212"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="217"/>
        <source>Folder of scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="225"/>
        <source>Add files to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="253"/>
        <source>Recognising the text of the scans: page %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="256"/>
        <source>Imported %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="263"/>
        <source>%n document(s) imported; their text was recognised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="265"/>
        <source>%n document(s) imported, but their text could not be recognised: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="285"/>
        <source>Import cancelled; the files imported so far are kept, and the text recognised so far too: recognition goes on from there next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="277"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../client/ui/document_form.py" line="87"/>
        <source>Register an incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="88"/>
        <source>Draft an outgoing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="89"/>
        <source>New internal draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="95"/>
        <source>e.g. 125-CV/HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="103"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="107"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="109"/>
        <source>Units or persons, separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="117"/>
        <location filename="../../client/ui/document_form.py" line="118"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="128"/>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="132"/>
        <source>&amp;Number and symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="133"/>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="134"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="135"/>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="136"/>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="137"/>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="143"/>
        <source>Arrival number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="144"/>
        <source>Arrival date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="146"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="147"/>
        <source>Secrecy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="148"/>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="157"/>
        <source>copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="159"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="163"/>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="187"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="187"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="189"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="264"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="264"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="312"/>
        <source>Please check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="315"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="320"/>
        <source>The document was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message numerus="yes">
        <location filename="../../client/ui/document_list_view.py" line="107"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/document_list_view.py" line="109"/>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="53"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="54"/>
        <source>Arrival no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="55"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="56"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="57"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="58"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="59"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="60"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="61"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="62"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="64"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="292"/>
        <source>matched in the attached text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="299"/>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="308"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="317"/>
        <source>Register entry only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../client/ui/document_view.py" line="86"/>
        <location filename="../../client/ui/document_view.py" line="226"/>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="92"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="93"/>
        <source>Enter it in the incoming register (the server gives the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="94"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="95"/>
        <source>Assign to a handler with a deadline and a direction note (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="96"/>
        <source>S&amp;tart processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="97"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="99"/>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="100"/>
        <source>Send to units of the platform (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="101"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="102"/>
        <source>Correct the register fields: number, type, summary, issuer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="103"/>
        <source>&amp;Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="104"/>
        <source>Move the work to another main handler, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="98"/>
        <source>Mark the document done, with the result of the processing (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="105"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="106"/>
        <source>Give the document back to the leader, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="107"/>
        <source>Su&amp;bmit to leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="108"/>
        <source>Pass the registered document to a leader for assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="109"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="110"/>
        <source>Take back this document&apos;s changes not sent to the server yet (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="148"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="149"/>
        <source>Processing trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="150"/>
        <location filename="../../client/ui/document_view.py" line="179"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="164"/>
        <source>Write a processing note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="165"/>
        <source>New processing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="167"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="168"/>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="187"/>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="242"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="244"/>
        <source>Register entry only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="267"/>
        <source>This document has no attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="290"/>
        <source>The download did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="296"/>
        <source>The document could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="308"/>
        <source>waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="316"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="317"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="318"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="319"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="321"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="322"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="323"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="327"/>
        <source>Arrival number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="328"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="332"/>
        <source>Outgoing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="333"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="336"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="337"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="338"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="339"/>
        <source>Direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="348"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="349"/>
        <source>Co-handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="350"/>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="354"/>
        <source>Submitted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="356"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="357"/>
        <source>Pages / copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="360"/>
        <source>Original kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="360"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="420"/>
        <source>The note was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="476"/>
        <source>Nothing was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="541"/>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="24"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="28"/>
        <source>e.g. Answered by letter no. 12/UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="29"/>
        <source>Result of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="31"/>
        <source>The result is kept as a processing note and sent with the status at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="35"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="41"/>
        <source>&amp;Result of the processing (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="54"/>
        <source>Write the result of the processing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="68"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDocumentDialog</name>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="53"/>
        <source>Correct the register fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="56"/>
        <source>e.g. 125-CV/HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="66"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="92"/>
        <source>&amp;Number and symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="92"/>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="93"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="94"/>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="95"/>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="95"/>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="96"/>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="96"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="97"/>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="149"/>
        <source>The summary and the document type cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="160"/>
        <source>The correction was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/ui/error_text.py" line="25"/>
        <source>Cannot reach the server. Your changes are saved and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="27"/>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent. Check the server address; if it is right, ask your administrator to install the unit&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="31"/>
        <source>The server answered with a redirect to %1. This program talks only to the server address it was given, so nothing was sent there. Check the server address with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="35"/>
        <source>The server address %1 is not encrypted (http://), so nothing was sent. Use its https:// address, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="38"/>
        <source>The server took too long (more than %1 seconds), so the sync was stopped. What was saved stays; the next sync continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="41"/>
        <source>The server is having trouble (HTTP %1) and did not accept the sync. Your changes are saved; the sync will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="44"/>
        <source>The server sent something this program cannot accept, so the sync is failing: %1. Nothing of it was stored. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="47"/>
        <source>A downloaded file did not match its fingerprint and was not stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="49"/>
        <source>Your sign-in with the server has ended. Sign in online again with your password; unsent changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="51"/>
        <source>This computer was removed from the platform by an administrator, so its local copy was erased, with %1 change(s) not yet sent to the server. Sign in on an authorised computer, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="56"/>
        <source>The server answered that this computer was removed from the platform, but the instruction could not be verified, so nothing was erased and unsent changes are kept. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="60"/>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="61"/>
        <source>The server asks to remove %1 of the %2 records on this computer. Nothing was removed; the sync stopped until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="64"/>
        <source>The sync was cancelled. What was already saved stays; the next sync continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="66"/>
        <source>A sync of this profile is already running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="68"/>
        <source>The sync did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="69"/>
        <source>The local copy could not do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="71"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="72"/>
        <source>Stored data is damaged and was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="73"/>
        <source>The local copy is damaged and was set aside. A fresh copy will be downloaded at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="75"/>
        <source>This record is classified above what your unit may hold, so nothing of it was saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="77"/>
        <source>This profile is already open in another window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="79"/>
        <source>There is no such profile on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="80"/>
        <source>A profile with this user name already exists on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="82"/>
        <source>This computer cannot keep you signed in; type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="84"/>
        <source>The disk is full: %1 could not be saved. Nothing was half-written; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="86"/>
        <source>This profile has not reached the server for more than %1 hours, the limit set for your unit. Sign in online to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="89"/>
        <source>The change cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="90"/>
        <source>This record is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="91"/>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="93"/>
        <source>This profile has never signed in online, so it has no server to sync with. Sign in online once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="95"/>
        <source>%1 now belongs to another unit (%2) than this profile; ask your administrator to move the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="97"/>
        <location filename="../../client/ui/error_text.py" line="119"/>
        <location filename="../../client/ui/error_text.py" line="121"/>
        <source>A document that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="99"/>
        <source>This document is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="100"/>
        <source>Only incoming documents are assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="101"/>
        <source>Only outgoing documents are sent; make the draft an outgoing document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="103"/>
        <source>Choose at least one unit to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="104"/>
        <source>This document has been sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="105"/>
        <source>The document is already with this handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="106"/>
        <source>Say why the document is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="107"/>
        <source>Submit the document to one of the unit&apos;s leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="108"/>
        <source>No document has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="109"/>
        <source>More than one document id starts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="111"/>
        <source>Only the %1 may move a document from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="113"/>
        <source>Only the %1 may set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="114"/>
        <source>Only the %1 may create this kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="116"/>
        <source>You cannot create a document directly as &quot;%1&quot;: it takes steps that are not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="118"/>
        <source>A document that is &quot;%1&quot; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="123"/>
        <source>A document that is &quot;%1&quot; can no longer be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="125"/>
        <source>This task is finished already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="126"/>
        <source>Only a leader changes what a task is, who leads it and its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="128"/>
        <source>Only a leader creates tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="129"/>
        <source>Only the main handler of a document gives it back to the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="131"/>
        <source>The main handler cannot also be a co-handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="133"/>
        <source>A unit gives a task only to itself and to the units below it; a commune assigns tasks only within itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="137"/>
        <source>A secret document is kept on this computer as a register entry only, without its %1: Law 117/2025 forbids keeping a secret document&apos;s content on a networked computer. Keep the original on paper or in the secret-document system and record where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="143"/>
        <source>Only a secret document is registered as a register entry only; register an ordinary document with the normal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="145"/>
        <source>Say where the original is kept: the clerk&apos;s safe, the secret-document system or a named person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="149"/>
        <source>Cannot write %1: name the file .pdf or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="150"/>
        <source>No task on this computer belongs to resolution %1. Choose a resolution from the list, or sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="153"/>
        <source>No font with Vietnamese letters was found to print with. Ask your administrator to install Arial or DejaVu Sans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="157"/>
        <source>An update was refused: it does not match its signed description. Nothing was installed; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="160"/>
        <source>An update was refused: the update server offered an older state than this computer has already seen. Nothing was installed; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="163"/>
        <source>An update was refused: the update server&apos;s signed information has expired. Nothing was installed; your administrator must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="166"/>
        <source>An update was refused: the update server&apos;s files do not belong together. Nothing was installed; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="169"/>
        <source>The update server could not be reached; the next check tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="171"/>
        <source>Updates are not set up correctly on this computer: %1. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="173"/>
        <source>The update could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="175"/>
        <source>The Vietnamese text recognition model is not installed on this computer. Ask your administrator to repair the installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="178"/>
        <source>The scan is damaged or its pictures are in a format that cannot be read. Scan the paper again as PDF, PNG, JPEG or TIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="181"/>
        <source>The scan is too large to recognise (too many pages, or a picture over 80 megapixels). Scan it again at 300 dpi, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="184"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="213"/>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="225"/>
        <source>Your role or your unit may not make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="226"/>
        <source>The server did not accept the values of this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="227"/>
        <source>This status does not exist for this kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="228"/>
        <source>On the server the record is in a status from which this step is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="230"/>
        <source>This document is classified above what your unit may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="232"/>
        <source>The chosen handler is not an active person of your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="234"/>
        <source>The document can only be submitted to an active leader of your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="236"/>
        <source>The record is not on the server: it was removed, or never reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="238"/>
        <location filename="../../client/ui/error_text.py" line="240"/>
        <source>The change was made on a copy the server does not know. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="242"/>
        <source>The change reached the server out of order. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="244"/>
        <source>An attached file had not reached the server. Send the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="246"/>
        <source>This kind of record cannot be changed that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="247"/>
        <source>Notes and progress reports are never changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="248"/>
        <source>The server already holds another record with the same identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="250"/>
        <source>A unit named in the change is not on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="251"/>
        <source>A document entered in a register cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="252"/>
        <source>Sending needs at least one recipient unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="253"/>
        <source>A recipient unit is not on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="254"/>
        <source>A recipient unit may not hold a document this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="47"/>
        <source>Wrong PIN. Nothing was signed. After a few wrong tries the token locks, so type it carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="49"/>
        <source>Wrong PIN. One try is left before the token locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="51"/>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="53"/>
        <source>The token was removed or stopped answering. Nothing was signed; plug it in and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="55"/>
        <source>The token refused to sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="56"/>
        <source>No token driver is configured on this computer. Ask your administrator to set pkcs11_module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="58"/>
        <source>The token driver %1 is not installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="60"/>
        <source>The token driver %1 cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="61"/>
        <source>This certificate is valid only from %1 to %2; it cannot sign now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="63"/>
        <source>The PDF could not be signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="64"/>
        <source>The PDF cannot be read, so it cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="65"/>
        <source>An encrypted PDF cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="66"/>
        <source>Choose your signature image before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="67"/>
        <source>The signature or seal image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="68"/>
        <source>The list of trusted certification authorities (%1) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="70"/>
        <source>This signature is for: %1, when the document is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="72"/>
        <source>Fill in %1 before applying the agency signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="74"/>
        <source>This file is not an attachment of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="75"/>
        <source>Only PDF files can be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="76"/>
        <source>The file has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../../client/ui/export_file.py" line="10"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/export_file.py" line="11"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="42"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="45"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="48"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="48"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="54"/>
        <location filename="../../client/ui/filter_bar.py" line="55"/>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="57"/>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="58"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="60"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="61"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="83"/>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="42"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="52"/>
        <source>Forward the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="53"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="54"/>
        <source>New handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="55"/>
        <source>Why it moves, what the new handler should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="56"/>
        <source>&amp;New handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="58"/>
        <source>Return the document to the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="59"/>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="60"/>
        <source>Why you give it back (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="62"/>
        <source>Submit the document to the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="63"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="64"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="65"/>
        <source>A note for the leader (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="66"/>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="67"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="87"/>
        <source>The unit&apos;s staff list has not been synced yet. Sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="99"/>
        <source>Say why the document is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="103"/>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="119"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="54"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../client/ui/labels.py" line="21"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="22"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="23"/>
        <location filename="../../client/ui/labels.py" line="32"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="26"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="27"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="28"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="29"/>
        <location filename="../../client/ui/labels.py" line="40"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="30"/>
        <location filename="../../client/ui/labels.py" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="31"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="33"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="34"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="35"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="36"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="39"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="42"/>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="43"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="46"/>
        <location filename="../../client/ui/labels.py" line="52"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="47"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="48"/>
        <source>Top secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="49"/>
        <source>Absolute secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="53"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="54"/>
        <source>Very urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="55"/>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="58"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="59"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="60"/>
        <source>specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="61"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="64"/>
        <source>the handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="65"/>
        <source>the processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="66"/>
        <source>the direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="67"/>
        <source>the co-handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="68"/>
        <source>the people informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="69"/>
        <source>the leader a document is submitted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="70"/>
        <source>number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="71"/>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="72"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="73"/>
        <source>issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="74"/>
        <source>date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="75"/>
        <source>signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="76"/>
        <source>urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="77"/>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="78"/>
        <source>copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="79"/>
        <source>recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="80"/>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="81"/>
        <source>secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="82"/>
        <source>where the original is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="85"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="86"/>
        <source>Processing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="87"/>
        <source>Processing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="88"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="89"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="90"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="91"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="23"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="26"/>
        <source>The window was locked after a period without activity. Type the password of %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="32"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="34"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="39"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="40"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="42"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="98"/>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/main_window.py" line="72"/>
        <source>Commune Office — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="76"/>
        <source>Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="77"/>
        <source>Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="78"/>
        <location filename="../../client/ui/main_window.py" line="91"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="89"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="90"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="92"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="93"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="94"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="95"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="96"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="97"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="100"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="162"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="164"/>
        <source>&amp;Register incoming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="167"/>
        <source>Draft &amp;outgoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="170"/>
        <source>New internal &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="172"/>
        <source>&amp;Digitize scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="173"/>
        <source>Recognise &amp;text of scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="174"/>
        <source>Register a secret &amp;incoming document (paper)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="176"/>
        <source>Register a secret o&amp;utgoing document (paper)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="178"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="179"/>
        <source>&amp;Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="180"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="181"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="182"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="195"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="198"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="200"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="201"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="211"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="213"/>
        <source>Signing &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="312"/>
        <source>Remove records from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="313"/>
        <source>The server asks to remove %1 of the %2 records on this computer. That is unusual: it can happen when your unit was changed, or by a mistake on the server. Nothing has been removed yet. Remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="317"/>
        <source>&amp;Remove %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="318"/>
        <source>&amp;Keep them and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="417"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrDialog</name>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="24"/>
        <source>Recognise text of scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="26"/>
        <source>Scans without a text layer are read with the Vietnamese text recognition so that search finds their words. It takes about a second a page; you can stop at any time and go on later from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="31"/>
        <source>Recognition progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="35"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="62"/>
        <source>Looking for scans to recognise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="70"/>
        <source>Page %1 of %2 recognised (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/ocr_dialog.py" line="75"/>
        <source>%n scan(s) recognised; %1 could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="78"/>
        <source>Every scan here is searchable already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="86"/>
        <source>The text could not be recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="99"/>
        <source>Stopped: the pages read so far are kept, and the next run goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognisedTextPanel</name>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="43"/>
        <source>Recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="46"/>
        <location filename="../../client/ui/recognised_text.py" line="112"/>
        <source>&amp;Recognise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="47"/>
        <source>Recognise the text of this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="50"/>
        <source>Stop recognising; the pages read are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="52"/>
        <location filename="../../client/ui/recognised_text.py" line="133"/>
        <source>Show recognised &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="56"/>
        <source>Recognition progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="59"/>
        <source>Text recognised in the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="114"/>
        <source>The text of this scan was recognised: search finds its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="116"/>
        <source>The text of this scan could not be recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="118"/>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="120"/>
        <source>Text recognised on %1 of %2 pages; the rest is not searchable yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="122"/>
        <source>&amp;Continue recognising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="124"/>
        <source>This file has a text layer: search finds its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="126"/>
        <source>This scan has no text layer and its text was never recognised: search does not find its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="133"/>
        <source>Hide recognised &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="150"/>
        <source>Recognising the text of the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="157"/>
        <source>Recognising page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="176"/>
        <source>The text could not be recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="184"/>
        <source>Stopping after the page being read…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedTableModel</name>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="17"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="18"/>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="19"/>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="20"/>
        <source>Changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="73"/>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/refused_table.py" line="81"/>
        <source>A new record (%n field(s))</source>
        <translation>
            <numerusform>A new record (%n field)</numerusform>
            <numerusform>A new record (%n fields)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="83"/>
        <source>Removal of the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedView</name>
    <message>
        <location filename="../../client/ui/refused_view.py" line="40"/>
        <location filename="../../client/ui/refused_view.py" line="41"/>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="45"/>
        <location filename="../../client/ui/refused_view.py" line="105"/>
        <source>What to do: edit the document and send again, or discard your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="49"/>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="50"/>
        <source>&amp;Discard my change (restore the server&apos;s copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="52"/>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="84"/>
        <source>Nothing refused: the server took every change sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/refused_view.py" line="86"/>
        <source>The server refused %n change(s). They stay on this computer until you send them again or discard them.</source>
        <translation>
            <numerusform>The server refused %n change. It stays on this computer until you send it again or discard it.</numerusform>
            <numerusform>The server refused %n changes. They stay on this computer until you send them again or discard them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="101"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="103"/>
        <source>This new record never reached the server: discarding removes it from this computer. Or correct it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="125"/>
        <location filename="../../client/ui/refused_view.py" line="136"/>
        <source>Not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="128"/>
        <source>Remove the new record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="129"/>
        <source>&quot;%1&quot; never reached the server. Discarding removes it and its files from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="132"/>
        <source>&amp;Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="133"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="144"/>
        <source>Not sent again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../../client/ui/registers_view.py" line="42"/>
        <source>Arrival no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="42"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="43"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="43"/>
        <location filename="../../client/ui/registers_view.py" line="50"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="44"/>
        <location filename="../../client/ui/registers_view.py" line="49"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="45"/>
        <location filename="../../client/ui/registers_view.py" line="51"/>
        <source>Type and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="45"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="46"/>
        <source>Received by (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="46"/>
        <location filename="../../client/ui/registers_view.py" line="53"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="49"/>
        <source>Outgoing no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="51"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="52"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="52"/>
        <source>File copy kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="53"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="80"/>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="83"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="84"/>
        <source>Incoming register (sổ đến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="85"/>
        <source>Outgoing register (sổ đi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="87"/>
        <location filename="../../client/ui/registers_view.py" line="98"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="88"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="89"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="90"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="91"/>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="100"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="109"/>
        <source>Register preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="118"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="133"/>
        <source>The end date is before the start date: choose the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="161"/>
        <source>Numbered per document type through the committee term (%1; this term began on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="163"/>
        <source>Numbered per calendar year (%1). Next number on this computer: %2 (the server confirms it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="173"/>
        <source>%1 entries; the preview shows the first %2, the saved file holds all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/registers_view.py" line="176"/>
        <source>%n entries in the register for these days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="188"/>
        <source>Save the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="198"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="201"/>
        <source>Saved %1 entries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message numerus="yes">
        <location filename="../../client/ui/tasks_view.py" line="79"/>
        <source>Evidence files (%n):</source>
        <translation>
            <numerusform>Evidence file (%n):</numerusform>
            <numerusform>Evidence files (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="85"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="86"/>
        <source>Open evidence file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="44"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="51"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="52"/>
        <source>e.g. Quarter 2/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="54"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="59"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="61"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="62"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="63"/>
        <source>Pro&amp;gress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="74"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="79"/>
        <location filename="../../client/ui/report_dialog.py" line="112"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="81"/>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="88"/>
        <source>&amp;Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="99"/>
        <source>Evidence attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="128"/>
        <source>Write what was done in the report text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="131"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="141"/>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../client/ui/reports_view.py" line="39"/>
        <location filename="../../client/ui/reports_view.py" line="48"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="39"/>
        <source>Month of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="40"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="40"/>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="41"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="41"/>
        <location filename="../../client/ui/reports_view.py" line="107"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="44"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="44"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="45"/>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="45"/>
        <source>90th percentile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="48"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="49"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="49"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="50"/>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="53"/>
        <location filename="../../client/ui/reports_view.py" line="113"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="53"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="54"/>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="54"/>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="55"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="55"/>
        <source>Reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="82"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="85"/>
        <location filename="../../client/ui/reports_view.py" line="94"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="86"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="87"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="88"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="89"/>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="96"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="105"/>
        <source>Report tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="106"/>
        <source>Per handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="106"/>
        <source>Time per type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="107"/>
        <source>Tasks per resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="114"/>
        <source>Resolution summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="115"/>
        <source>Resolution su&amp;mmary as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="119"/>
        <source>One resolution&apos;s one-page summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="136"/>
        <source>The end date is before the start date: choose the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/reports_view.py" line="174"/>
        <source>%n overdue document(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="187"/>
        <source>Save the resolution summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="197"/>
        <source>Saved the summary of resolution %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="211"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="194"/>
        <location filename="../../client/ui/reports_view.py" line="221"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="224"/>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanSuggestions</name>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="27"/>
        <source>Suggestions read from the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="32"/>
        <source>&amp;Use these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="33"/>
        <source>Use the suggestions read from the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="48"/>
        <source>Reading %1 to suggest its register fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="60"/>
        <source>Nothing to suggest was recognised on the first page of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="63"/>
        <source>Read on the first page of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="65"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="66"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="67"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="68"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="69"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="81"/>
        <source>No suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../client/ui/search_view.py" line="68"/>
        <source>Search number, summary, issuing body, signer, text of attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="69"/>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="73"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="75"/>
        <location filename="../../client/ui/search_view.py" line="144"/>
        <source>Type words to search; diacritics are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="96"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="129"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/search_view.py" line="139"/>
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n result shown</numerusform>
            <numerusform>%n results shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="139"/>
        <location filename="../../client/ui/search_view.py" line="152"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="153"/>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretChoiceNotice</name>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="54"/>
        <source>Register it as a secret &amp;entry (no scan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="70"/>
        <source>The file you picked (%1) was taken out of this form; nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="72"/>
        <source>Law 117/2025 forbids storing a secret document&apos;s content on a networked computer, so this computer keeps its register entry only: no summary, no scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="74"/>
        <source>Keep the original in the safe or in the secret-document system and register the entry with where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="76"/>
        <source>Draft it in the secret-document system, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEntryBanner</name>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="29"/>
        <source>Secrecy level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="32"/>
        <source>Register entry only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="34"/>
        <source>The law (Law 117/2025 on State Secrets) forbids keeping a secret document&apos;s content on a networked computer, so this computer keeps its register entry only: no file, no viewer, no print, no export. Handle the original where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="50"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="51"/>
        <source>Register entry only — original: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEntryForm</name>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="92"/>
        <source>Register a secret incoming document (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="93"/>
        <source>Register a secret outgoing document (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="97"/>
        <source>Secret documents are kept on this computer as register entries only (Law 117/2025): no summary, no scan, no file. Keep the original in the safe or in the secret-document system, and record here where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="103"/>
        <source>e.g. 125-CV/HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="109"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="112"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="114"/>
        <source>Units or persons, separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="123"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="124"/>
        <location filename="../../client/ui/secret_entry_form.py" line="125"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="133"/>
        <source>or type the name of the person who keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="136"/>
        <source>&amp;Number and symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="137"/>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="138"/>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="139"/>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="145"/>
        <source>Arrival number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="146"/>
        <source>Arrival date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="148"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="149"/>
        <source>Secrecy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="150"/>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="153"/>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="157"/>
        <source>&amp;Original kept at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="170"/>
        <source>&amp;Register the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="244"/>
        <source>where the original is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="245"/>
        <source>number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="245"/>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="247"/>
        <source>Please check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="250"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="255"/>
        <source>The entry was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPurgeNotice</name>
    <message numerus="yes">
        <location filename="../../client/ui/secret_purge_notice.py" line="18"/>
        <source>%n secret document(s) on this computer were reduced to register entries: their summary, files and text were erased, as Law 117/2025 forbids keeping a secret document&apos;s content on a networked computer. Their register lines stay. Handle the originals on paper or in the secret-document system.</source>
        <translation>
            <numerusform>%n secret document on this computer was reduced to a register entry: its summary, files and text were erased, as Law 117/2025 forbids keeping a secret document&apos;s content on a networked computer. Its register line stays. Handle the original on paper or in the secret-document system.</numerusform>
            <numerusform>%n secret documents on this computer were reduced to register entries: their summary, files and text were erased, as Law 117/2025 forbids keeping a secret document&apos;s content on a networked computer. Their register lines stay. Handle the originals on paper or in the secret-document system.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_purge_notice.py" line="32"/>
        <source>Secret documents are register entries only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="33"/>
        <source>Send the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="36"/>
        <source>Recipient units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="37"/>
        <source>The document is sent at the next sync; each unit receives its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="40"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="47"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="83"/>
        <source>Choose at least one unit to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="96"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="37"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="38"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="39"/>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="40"/>
        <location filename="../../client/ui/settings_dialog.py" line="79"/>
        <source>Sync interval (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="41"/>
        <location filename="../../client/ui/settings_dialog.py" line="74"/>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="42"/>
        <source>Download at once up to (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="43"/>
        <location filename="../../client/ui/settings_dialog.py" line="69"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="44"/>
        <source>Unencrypted http allowed (pilot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="45"/>
        <source>Trusted signature authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="46"/>
        <source>Signing token driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="47"/>
        <source>Update channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="48"/>
        <source>Update channel root metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="49"/>
        <source>Installing updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="50"/>
        <source>Text recognition models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="64"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="76"/>
        <location filename="../../client/ui/settings_dialog.py" line="81"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="84"/>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="86"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="87"/>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="88"/>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="89"/>
        <source>A new sync interval applies from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="93"/>
        <source>This computer&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="95"/>
        <location filename="../../client/ui/settings_dialog.py" line="120"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="111"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="128"/>
        <location filename="../../client/ui/settings_dialog.py" line="139"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="139"/>
        <source>Set by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="149"/>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="150"/>
        <source>No configuration file on this computer: the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="156"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="171"/>
        <source>At most %1 minutes on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="81"/>
        <source>Sign with your token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="82"/>
        <source>Apply the agency signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="85"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="88"/>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="89"/>
        <source>Signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="90"/>
        <source>Seal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="94"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="95"/>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="97"/>
        <source>Your signature (blue):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="98"/>
        <source>Unit seal (red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="99"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="102"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="111"/>
        <source>Reading the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="134"/>
        <source>The token holds no certificate to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="171"/>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="145"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="49"/>
        <source>Commune Office — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="53"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="56"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="57"/>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="58"/>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="63"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="65"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="71"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="75"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="76"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="79"/>
        <source>Sign in to your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="95"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="98"/>
        <source>Set by your administrator for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="100"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="103"/>
        <source>Password on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="105"/>
        <source>The first time on this computer, or after a long time offline, sign in with the user name and password of the platform. The office&apos;s documents are then downloaded and kept encrypted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="111"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="112"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="113"/>
        <source>Passwo&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="138"/>
        <source>There is no profile on this computer yet: sign in online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="160"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="165"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="185"/>
        <source>Type the server address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="188"/>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="193"/>
        <source>Signing in online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="213"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="217"/>
        <source>This profile has not reached the server for more than %1 hours, the limit set for your unit. Sign in online to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="220"/>
        <source>The server refused the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="223"/>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="227"/>
        <source>This profile is already open in another window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="236"/>
        <source>Could not open the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="37"/>
        <source>Digital signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="73"/>
        <source>The signatures of this file have not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="89"/>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="89"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="92"/>
        <source>(trusted timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="92"/>
        <source>(signer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="93"/>
        <source>Signed at: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="95"/>
        <source>Certificate issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="97"/>
        <source>Certificate valid: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="101"/>
        <source>content unchanged since signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="102"/>
        <source>signature covers the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="103"/>
        <source>certificate chain to a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="106"/>
        <source>revocation checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="107"/>
        <source>revocation not checked (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="109"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <location filename="../../client/ui/signature_text.py" line="13"/>
        <source>Signed: intact, chain valid, not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="14"/>
        <source>Signed: intact, chain valid, revocation not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="15"/>
        <source>Signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="16"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="20"/>
        <source>✔ Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="21"/>
        <source>✔ Signed (not checked online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="22"/>
        <source>✖ Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="23"/>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="28"/>
        <source>The file was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="29"/>
        <source>The signature does not cover the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="30"/>
        <source>The signature does not match the signed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="31"/>
        <source>The signature is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="32"/>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="33"/>
        <source>The signer&apos;s certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="34"/>
        <source>The signer&apos;s certificate was not yet valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="35"/>
        <source>The certificate does not come from a trusted certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="37"/>
        <source>The certificate chain is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="38"/>
        <source>The file is encrypted and cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="39"/>
        <source>The file is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="40"/>
        <source>The file is too large to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="41"/>
        <source>The check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="42"/>
        <source>The check stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <location filename="../../client/ui/demo.py" line="32"/>
        <location filename="../../client/ui/demo.py" line="75"/>
        <source>Commune Office — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/demo.py" line="33"/>
        <source>Starting the demo office: the reference server with demo data, then signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/demo.py" line="76"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymbolAssist</name>
    <message>
        <location filename="../../client/ui/symbol_assist.py" line="65"/>
        <source>arrival no. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/symbol_assist.py" line="68"/>
        <source>Already in the register: %1 from the same issuer (%2). Register it again only if this is a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../client/ui/sync_controller.py" line="127"/>
        <source>A sync is running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../client/ui/sync_status.py" line="71"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="81"/>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="84"/>
        <source>Cancel the sync (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="85"/>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="101"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="104"/>
        <source>Sync failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="106"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="106"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="109"/>
        <source>The server answers, but the sync did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="110"/>
        <source>Connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="111"/>
        <source>Working offline. Your changes are saved and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="115"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="116"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="117"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="119"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="121"/>
        <source>Click to see the refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="123"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="125"/>
        <source>%n item(s) not received</source>
        <translation>
            <numerusform>%n item not received</numerusform>
            <numerusform>%n items not received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="150"/>
        <source>%1 belongs to another unit and was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="151"/>
        <source>%1 holds characters that cannot be stored and was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="154"/>
        <source>The file %1 did not arrive intact; it is tried again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="174"/>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="175"/>
        <source>Uploading attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="176"/>
        <source>Downloading the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="177"/>
        <source>Receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="178"/>
        <source>Downloading attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskChart</name>
    <message>
        <location filename="../../client/ui/task_chart.py" line="30"/>
        <location filename="../../client/ui/task_chart.py" line="37"/>
        <source>Task status per resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="26"/>
        <source>Resolution / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="27"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="29"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="139"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/task_tree.py" line="157"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/task_tree.py" line="158"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="151"/>
        <source>Tasks by resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="156"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="158"/>
        <source>&amp;Report progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="160"/>
        <source>Send a progress report on the chosen task (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="164"/>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="166"/>
        <location filename="../../client/ui/tasks_view.py" line="253"/>
        <source>Choose a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="171"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="180"/>
        <source>Progress reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="259"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="261"/>
        <source>%1
Deadline: %2 · Status: %3 · Progress: %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="274"/>
        <source>No report yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenScreen</name>
    <message>
        <location filename="../../client/ui/token_screen.py" line="39"/>
        <source>Signing token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="41"/>
        <source>Token module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="45"/>
        <source>Token / certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="45"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="45"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="46"/>
        <source>Tokens and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="49"/>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="50"/>
        <source>Test signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="55"/>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="56"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="76"/>
        <source>No token module was found on this computer. Install the token&apos;s driver, or ask your administrator to set pkcs11_module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="87"/>
        <source>Reading the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="96"/>
        <source>Slot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="100"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="100"/>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="101"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="107"/>
        <source>No token is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="112"/>
        <source>PIN ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="112"/>
        <source>few PIN tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="113"/>
        <source>one PIN try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="113"/>
        <source>PIN locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="122"/>
        <source>Signing a test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="132"/>
        <source>The token signed a test page. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../../client/ui/trail_view.py" line="29"/>
        <source>Processing trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="37"/>
        <source>Nothing has happened to this document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="45"/>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="48"/>
        <source>(waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="66"/>
        <source>(unknown person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="75"/>
        <source>Entered the document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="77"/>
        <source>Received the document from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="77"/>
        <source>another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="79"/>
        <source>Entered in the incoming register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="81"/>
        <source>Submitted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="83"/>
        <source>Assigned to %1 (main handler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="84"/>
        <source>Forwarded to %1 (main handler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="86"/>
        <source>co-handlers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="88"/>
        <source>informed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="91"/>
        <source>Returned to the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="93"/>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="93"/>
        <source>the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="95"/>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="99"/>
        <source>Corrected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="100"/>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="100"/>
        <source>Changed the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../client/ui/tray.py" line="36"/>
        <source>Commune Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="38"/>
        <source>Show the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/tray.py" line="56"/>
        <source>%n new incoming document(s)</source>
        <translation>
            <numerusform>%n new incoming document</numerusform>
            <numerusform>%n new incoming documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/tray.py" line="66"/>
        <source>%n deadline(s) within %1 days</source>
        <translation>
            <numerusform>%n deadline within %1 days</numerusform>
            <numerusform>%n deadlines within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="72"/>
        <source>An update is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="73"/>
        <source>Version %1 will be installed the next time Commune Office starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="78"/>
        <source>An update was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="20"/>
        <source>Processing time per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="28"/>
        <source>Processing time per month (days from arrival to done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="31"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="32"/>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="45"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="70"/>
        <source>An update is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="71"/>
        <source>Version %1 of Commune Office is ready to install. Install it now? The program closes while it installs; open it again in a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="74"/>
        <source>Install now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="75"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
