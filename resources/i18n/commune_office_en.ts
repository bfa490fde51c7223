<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="34"/>
        <source>Assign the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="37"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="38"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="41"/>
        <source>The leader&apos;s direction, e.g. who leads, what to report and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="42"/>
        <source>Direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="46"/>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="50"/>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="51"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="52"/>
        <source>Direction &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="71"/>
        <source>The unit&apos;s staff list has not been synced yet. Sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="78"/>
        <source>Choose the handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="93"/>
        <source>Not assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="45"/>
        <source>&amp;Download now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="46"/>
        <source>Download this attachment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="61"/>
        <source>PDF attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="64"/>
        <source>Image attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="83"/>
        <source>Choose an attachment to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="88"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="93"/>
        <source>This file (%1 MB) has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="98"/>
        <source>This file has not been downloaded yet; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="103"/>
        <source>This kind of file (%1) cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="112"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="127"/>
        <source>This PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="135"/>
        <source>The attachment could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="13"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="14"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="15"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="16"/>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="17"/>
        <source>Before both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="22"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="23"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="24"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="25"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="27"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="28"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="29"/>
        <source>Direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="30"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="31"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="32"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="33"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="34"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="35"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="60"/>
        <location filename="../../client/ui/conflicts_view.py" line="93"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="70"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="73"/>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="77"/>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="78"/>
        <source>Choose a conflict, then edit the value to keep here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="80"/>
        <source>Keep &amp;my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="82"/>
        <source>Keep the &amp;server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="84"/>
        <source>Save the merged &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="105"/>
        <source>Your change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="106"/>
        <source>On the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="110"/>
        <source>Merge by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="128"/>
        <source>Nothing to decide: no change conflicts with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/conflicts_view.py" line="131"/>
        <source>%n field(s) were changed both here and on the server. Choose which value to keep.</source>
        <translation>
            <numerusform>%n field was changed both here and on the server. Choose which value to keep.</numerusform>
            <numerusform>%n fields were changed both here and on the server. Choose which value to keep.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="172"/>
        <source>The merged value is not valid; keep the shape of the values above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="184"/>
        <source>Not decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitizeDialog</name>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="79"/>
        <source>Digitize scanned documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="82"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="83"/>
        <source>Drop scanned PDFs or images here, or choose files or a whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="85"/>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="87"/>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="97"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="103"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="104"/>
        <source>Document type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="105"/>
        <source>Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="106"/>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="107"/>
        <source>Secrecy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="109"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="110"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="111"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="112"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="117"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="121"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="146"/>
        <source>Reading the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="151"/>
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n file ready to import.</numerusform>
            <numerusform>%n files ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="155"/>
        <source>Scanned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="155"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="160"/>
        <source>Folder of scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="168"/>
        <source>Add files to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="193"/>
        <source>Imported %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="198"/>
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="207"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="215"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../client/ui/document_form.py" line="86"/>
        <source>Register an incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="87"/>
        <source>Draft an outgoing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="88"/>
        <source>New internal draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="94"/>
        <source>e.g. 125-CV/HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="102"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="106"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="108"/>
        <source>Units or persons, separated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="116"/>
        <location filename="../../client/ui/document_form.py" line="117"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="127"/>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="131"/>
        <source>&amp;Number and symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="132"/>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="133"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="134"/>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="135"/>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="136"/>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="138"/>
        <source>Arrival number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="139"/>
        <source>Arrival date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="141"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="142"/>
        <source>Secrecy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="143"/>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="147"/>
        <source>copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="149"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="153"/>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="166"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="166"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="168"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="182"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="182"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="224"/>
        <source>Please check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="227"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="232"/>
        <source>The document was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message numerus="yes">
        <location filename="../../client/ui/document_list_view.py" line="74"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/document_list_view.py" line="76"/>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="46"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="47"/>
        <source>Arrival no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="48"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="49"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="50"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="51"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="52"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="53"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="54"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="232"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../client/ui/document_view.py" line="65"/>
        <location filename="../../client/ui/document_view.py" line="157"/>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="70"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="71"/>
        <source>Enter it in the incoming register (the server gives the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="72"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="73"/>
        <source>Assign to a handler with a deadline and a direction note (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="74"/>
        <source>S&amp;tart processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="75"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="76"/>
        <source>Mark the document done (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="77"/>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="78"/>
        <source>Send to units of the platform (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="98"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="99"/>
        <location filename="../../client/ui/document_view.py" line="113"/>
        <source>Processing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="100"/>
        <location filename="../../client/ui/document_view.py" line="130"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="115"/>
        <source>Write a processing note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="116"/>
        <source>New processing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="118"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="119"/>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="169"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="185"/>
        <source>This document has no attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="208"/>
        <source>The download did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="214"/>
        <source>The document could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="231"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="232"/>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="233"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="234"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="235"/>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="236"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="237"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="241"/>
        <source>Arrival number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="242"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="246"/>
        <source>Outgoing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="247"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="250"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="251"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="252"/>
        <source>Processing deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="253"/>
        <source>Direction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="254"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="255"/>
        <source>Pages / copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="266"/>
        <source>No processing note yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="296"/>
        <source>The note was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="355"/>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="37"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="39"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="42"/>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="45"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="45"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="50"/>
        <location filename="../../client/ui/filter_bar.py" line="51"/>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="53"/>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="54"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="56"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="57"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="74"/>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../client/ui/labels.py" line="20"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="21"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="22"/>
        <location filename="../../client/ui/labels.py" line="31"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="25"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="26"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="27"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="28"/>
        <location filename="../../client/ui/labels.py" line="39"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="29"/>
        <location filename="../../client/ui/labels.py" line="40"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="30"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="32"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="33"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="34"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="35"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="38"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="41"/>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="42"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="45"/>
        <location filename="../../client/ui/labels.py" line="51"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="46"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="47"/>
        <source>Top secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="48"/>
        <source>Absolute secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="52"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="53"/>
        <source>Very urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="54"/>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="22"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="25"/>
        <source>The window was locked after a period without activity. Type the password of %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="31"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="35"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="36"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="38"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="84"/>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/main_window.py" line="57"/>
        <source>Commune Office — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="61"/>
        <source>Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="62"/>
        <source>Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="63"/>
        <location filename="../../client/ui/main_window.py" line="71"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="69"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="70"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="72"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="73"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="74"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="77"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="131"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="133"/>
        <source>&amp;Register incoming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="136"/>
        <source>Draft &amp;outgoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="139"/>
        <source>New internal &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="141"/>
        <source>&amp;Digitize scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="142"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="143"/>
        <source>&amp;Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="144"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="145"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="146"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="155"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="158"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="160"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="161"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="239"/>
        <source>Remove records from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="240"/>
        <source>The server asks to remove %1 of the %2 records on this computer. That is unusual: it can happen when your unit was changed, or by a mistake on the server. Nothing has been removed yet. Remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="244"/>
        <source>&amp;Remove %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="245"/>
        <source>&amp;Keep them and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="320"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="43"/>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="50"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="51"/>
        <source>e.g. Quarter 2/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="53"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="58"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="60"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="61"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="62"/>
        <source>Pro&amp;gress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="73"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="78"/>
        <location filename="../../client/ui/report_dialog.py" line="111"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="80"/>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="87"/>
        <source>&amp;Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="98"/>
        <source>Evidence attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="127"/>
        <source>Write what was done in the report text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="130"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="140"/>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../client/ui/search_view.py" line="23"/>
        <source>Search number, summary, issuing body, signer, text of attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="24"/>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="28"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="29"/>
        <location filename="../../client/ui/search_view.py" line="89"/>
        <source>Type words to search; diacritics are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="49"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="82"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/search_view.py" line="87"/>
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n result shown</numerusform>
            <numerusform>%n results shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="87"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="31"/>
        <source>Send the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="34"/>
        <source>Recipient units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="35"/>
        <source>The document is sent at the next sync; each unit receives its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="38"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="43"/>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="79"/>
        <source>Choose at least one unit to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="92"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="50"/>
        <source>Commune Office — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="54"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="57"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="58"/>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="59"/>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="64"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="66"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="72"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="73"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="76"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="77"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="80"/>
        <source>Sign in to your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="96"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="99"/>
        <source>Set by your administrator for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="101"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="104"/>
        <source>Password on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="106"/>
        <source>The first time on this computer, or after a long time offline, sign in with the user name and password of the platform. The office&apos;s documents are then downloaded and kept encrypted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="112"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="113"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="114"/>
        <source>Passwo&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="139"/>
        <source>There is no profile on this computer yet: sign in online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="161"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="166"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="186"/>
        <source>Type the server address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="189"/>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="194"/>
        <source>Signing in online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="214"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="218"/>
        <source>This profile has not reached the server for more than %1 hours, the limit set for your unit. Sign in online to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="221"/>
        <source>The server refused the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="224"/>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="228"/>
        <source>This profile is already open in another window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="238"/>
        <source>Could not open the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <location filename="../../client/ui/demo.py" line="31"/>
        <location filename="../../client/ui/demo.py" line="74"/>
        <source>Commune Office — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/demo.py" line="32"/>
        <source>Starting the demo office: the reference server with demo data, then signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/demo.py" line="75"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../client/ui/sync_controller.py" line="123"/>
        <source>A sync is running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../client/ui/sync_status.py" line="56"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="63"/>
        <source>Transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="66"/>
        <source>Cancel the sync (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="67"/>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="82"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="84"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="84"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="86"/>
        <source>Connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="87"/>
        <source>Working offline. Your changes are saved and will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="91"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="92"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="93"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="95"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="97"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="128"/>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="129"/>
        <source>Uploading attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="130"/>
        <source>Downloading the office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="131"/>
        <source>Receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="132"/>
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
        <location filename="../../client/ui/models/task_tree.py" line="25"/>
        <source>Resolution / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="26"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="28"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="131"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/task_tree.py" line="151"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/task_tree.py" line="152"/>
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
        <location filename="../../client/ui/tasks_view.py" line="47"/>
        <source>Tasks by resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="52"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="54"/>
        <source>&amp;Report progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="56"/>
        <source>Send a progress report on the chosen task (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="60"/>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="62"/>
        <location filename="../../client/ui/tasks_view.py" line="148"/>
        <source>Choose a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="67"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="76"/>
        <source>Progress reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="151"/>
        <source>%1
Deadline: %2 · Status: %3 · Progress: %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="166"/>
        <source>No report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/tasks_view.py" line="178"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
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
</context>
</TS>
