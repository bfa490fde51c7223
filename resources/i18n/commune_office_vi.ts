<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="40"/>
        <source>Assign the document</source>
        <translation>Giao xử lý văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="43"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="44"/>
        <source>Co-handlers</source>
        <translation>Người phối hợp</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="45"/>
        <source>People informed</source>
        <translation>Người xem để biết</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="46"/>
        <source>Processing deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="49"/>
        <source>The leader&apos;s direction, e.g. who leads, what to report and when</source>
        <translation>Ý kiến chỉ đạo của lãnh đạo, ví dụ: ai chủ trì, báo cáo gì, khi nào</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="50"/>
        <source>Direction note</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="54"/>
        <source>&amp;Assign</source>
        <translation>&amp;Giao xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="60"/>
        <source>&amp;Handler:</source>
        <translation>&amp;Người xử lý:</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="61"/>
        <source>&amp;Co-handlers:</source>
        <translation>&amp;Phối hợp:</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="62"/>
        <source>&amp;Informed:</source>
        <translation>&amp;Xem để biết:</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="63"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="64"/>
        <source>Direction &amp;note:</source>
        <translation>Ý kiến &amp;chỉ đạo:</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="87"/>
        <source>The unit&apos;s staff list has not been synced yet. Sync, then try again.</source>
        <translation>Danh sách cán bộ của đơn vị chưa được đồng bộ. Hãy đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="94"/>
        <source>Choose the handler.</source>
        <translation>Hãy chọn người xử lý.</translation>
    </message>
    <message>
        <location filename="../../client/ui/assign_dialog.py" line="112"/>
        <source>Not assigned: %1</source>
        <translation>Chưa giao được: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="582"/>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="585"/>
        <source>&amp;Close</source>
        <translation>&amp;Đóng</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="188"/>
        <source>&amp;Download now</source>
        <translation>&amp;Tải về ngay</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="189"/>
        <source>Download this attachment now</source>
        <translation>Tải tệp đính kèm này về ngay</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="201"/>
        <source>Open with another &amp;program</source>
        <translation>Mở bằng &amp;chương trình khác</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="202"/>
        <source>Open this file with another program on this computer</source>
        <translation>Mở tệp này bằng một chương trình khác trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="212"/>
        <source>PDF attachment</source>
        <translation>Tệp PDF đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="217"/>
        <source>Image attachment</source>
        <translation>Ảnh đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="260"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="260"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="262"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="262"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Phóng to (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="264"/>
        <source>Fit &amp;width</source>
        <translation>Vừa &amp;chiều rộng</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="264"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Hiển thị vừa chiều rộng trang (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="266"/>
        <source>&amp;Previous</source>
        <translation>Trang &amp;trước</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="266"/>
        <source>Go to the previous page</source>
        <translation>Chuyển đến trang trước</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="268"/>
        <source>&amp;Next</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="268"/>
        <source>Go to the next page</source>
        <translation>Chuyển đến trang sau</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="269"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="269"/>
        <source>Print this PDF (Ctrl+P)</source>
        <translation>In tệp PDF này (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="444"/>
        <source>This PDF is protected by a password.</source>
        <translation>Tệp PDF này được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="447"/>
        <source>This PDF cannot be shown here.</source>
        <translation>Không thể hiển thị tệp PDF này tại đây.</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="199"/>
        <location filename="../../client/ui/attachment_viewer.py" line="271"/>
        <location filename="../../client/ui/attachment_viewer.py" line="302"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="272"/>
        <location filename="../../client/ui/attachment_viewer.py" line="303"/>
        <source>Save a copy of this file on the computer (Ctrl+S)</source>
        <translation>Lưu một bản sao của tệp này vào máy tính (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="275"/>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="277"/>
        <source>PDF tools</source>
        <translation>Công cụ PDF</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="305"/>
        <source>Image tools</source>
        <translation>Công cụ ảnh</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="335"/>
        <source>Choose an attachment to view it.</source>
        <translation>Chọn một tệp đính kèm để xem.</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="340"/>
        <location filename="../../client/ui/attachment_viewer.py" line="441"/>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="345"/>
        <source>This file (%1 MB) has not been downloaded yet.</source>
        <translation>Tệp này (%1 MB) chưa được tải về.</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="350"/>
        <source>This file has not been downloaded yet; it arrives with the next sync.</source>
        <translation>Tệp này chưa được tải về; tệp sẽ về trong lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="356"/>
        <source>This kind of file (%1) cannot be shown here.</source>
        <translation>Không hiển thị được loại tệp này (%1) tại đây.</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="381"/>
        <source>That password does not open the file. Password of this PDF:</source>
        <translation>Mật khẩu đó không mở được tệp. Mật khẩu của tệp PDF này:</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="382"/>
        <source>This PDF is protected by a password. Password:</source>
        <translation>Tệp PDF này được bảo vệ bằng mật khẩu. Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="383"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="402"/>
        <source>The file could not be opened: %1</source>
        <translation>Không mở được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="409"/>
        <source>Downloading…</source>
        <translation>Đang tải về…</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="449"/>
        <source>The attachment could not be opened: %1</source>
        <translation>Không mở được tệp đính kèm: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="501"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="515"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="525"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/attachment_viewer.py" line="529"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="534"/>
        <source>Printing failed: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="542"/>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="542"/>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="563"/>
        <source>Saved a copy to %1</source>
        <translation>Đã lưu bản sao vào %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/attachment_viewer.py" line="567"/>
        <source>The copy was not saved: %1</source>
        <translation>Chưa lưu được bản sao: %1</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="31"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="32"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="33"/>
        <source>Your change</source>
        <translation>Thay đổi của bạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="34"/>
        <source>On the server</source>
        <translation>Trên máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="35"/>
        <source>Before both</source>
        <translation>Giá trị ban đầu</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="40"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="41"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="42"/>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="43"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="44"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="45"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="46"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="47"/>
        <source>Direction note</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="48"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="49"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="50"/>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="51"/>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="52"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="53"/>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="62"/>
        <source>Delete the record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="63"/>
        <source>Keep the record</source>
        <translation>Giữ bản ghi</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="64"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/conflict_table.py" line="65"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="72"/>
        <location filename="../../client/ui/conflicts_view.py" line="108"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="77"/>
        <source>Your change</source>
        <translation>Thay đổi của bạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="80"/>
        <source>On the server</source>
        <translation>Trên máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="84"/>
        <location filename="../../client/ui/conflicts_view.py" line="89"/>
        <source>Merged value</source>
        <translation>Giá trị đã hợp nhất</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="85"/>
        <source>Choose a conflict, then edit the value to keep here</source>
        <translation>Chọn một xung đột, rồi sửa giá trị cần giữ tại đây</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="90"/>
        <source>Merged date</source>
        <translation>Ngày đã hợp nhất</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="95"/>
        <source>Keep &amp;my change</source>
        <translation>Giữ thay đổi của &amp;tôi</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="97"/>
        <source>Keep the &amp;server&apos;s</source>
        <translation>Giữ bản trên &amp;máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="99"/>
        <source>Save the merged &amp;value</source>
        <translation>Lưu giá trị đã &amp;hợp nhất</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="120"/>
        <source>Your change:</source>
        <translation>Thay đổi của bạn:</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="121"/>
        <source>On the server:</source>
        <translation>Trên máy chủ:</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="125"/>
        <source>Merge by hand:</source>
        <translation>Hợp nhất thủ công:</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="144"/>
        <source>Nothing to decide: no change conflicts with the server.</source>
        <translation>Không có gì cần quyết định: không thay đổi nào xung đột với máy chủ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/conflicts_view.py" line="147"/>
        <source>%n field(s) were changed both here and on the server. Choose which value to keep.</source>
        <translation>
            <numerusform>%n trường bị sửa cả ở đây lẫn trên máy chủ. Hãy chọn giá trị cần giữ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="231"/>
        <source>The merged value is not valid; keep the shape of the values above.</source>
        <translation>Giá trị hợp nhất không hợp lệ; hãy giữ đúng dạng của các giá trị ở trên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/conflicts_view.py" line="243"/>
        <source>Not decided: %1</source>
        <translation>Chưa xử lý được: %1</translation>
    </message>
</context>
<context>
    <name>DigitizeDialog</name>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="105"/>
        <source>Digitize scanned documents</source>
        <translation>Số hóa văn bản scan</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="108"/>
        <source>Files to import</source>
        <translation>Các tệp cần nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="109"/>
        <source>Drop scanned PDFs or images here, or choose files or a whole folder.</source>
        <translation>Kéo thả tệp PDF hoặc ảnh scan vào đây, hoặc chọn tệp hay cả một thư mục.</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="111"/>
        <source>Choose &amp;files…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="113"/>
        <source>Choose a f&amp;older…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="123"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="128"/>
        <source>Secret documents (Mật) are not scanned into this computer: register them as register entries with Documents ▸ Register a secret document (paper).</source>
        <translation>Văn bản mật (Mật) không được số hóa vào máy tính này: hãy vào sổ dưới dạng mục đăng ký tại Văn bản ▸ Vào sổ văn bản mật (bản giấy).</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="137"/>
        <source>Kind:</source>
        <translation>Loại sổ:</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="138"/>
        <source>Document type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="139"/>
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="140"/>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="141"/>
        <source>Secrecy:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="143"/>
        <source>Kind</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="144"/>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="145"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="146"/>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="151"/>
        <source>Import progress</source>
        <translation>Tiến độ nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="155"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="182"/>
        <source>Reading the folder…</source>
        <translation>Đang đọc thư mục…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="187"/>
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n tệp sẵn sàng để nhập.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="207"/>
        <source>The suggestions read on %1 will be used for its document.</source>
        <translation>Các gợi ý đọc được trên %1 sẽ được dùng cho văn bản của tệp này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="212"/>
        <source>Scanned files</source>
        <translation>Tệp scan</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="212"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF và ảnh (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="217"/>
        <source>Folder of scans</source>
        <translation>Thư mục tệp scan</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="225"/>
        <source>Add files to import first.</source>
        <translation>Hãy thêm tệp cần nhập trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="253"/>
        <source>Recognising the text of the scans: page %1 of %2 (%3)</source>
        <translation>Đang nhận dạng chữ của bản quét: trang %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="256"/>
        <source>Imported %1 of %2: %3</source>
        <translation>Đã nhập %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="263"/>
        <source>%n document(s) imported; their text was recognised.</source>
        <translation>
            <numerusform>%n văn bản đã được nhập; chữ trong bản quét đã được nhận dạng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/digitize_dialog.py" line="265"/>
        <source>%n document(s) imported, but their text could not be recognised: %1</source>
        <translation>
            <numerusform>%n văn bản đã được nhập, nhưng không nhận dạng được chữ trong bản quét: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="285"/>
        <source>Import cancelled; the files imported so far are kept, and the text recognised so far too: recognition goes on from there next time.</source>
        <translation>Đã hủy nhập; các tệp đã nhập được giữ lại, phần chữ đã nhận dạng cũng vậy: lần sau việc nhận dạng sẽ tiếp tục từ đó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/digitize_dialog.py" line="277"/>
        <source>The import stopped: %1</source>
        <translation>Quá trình nhập bị dừng: %1</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../client/ui/document_form.py" line="87"/>
        <source>Register an incoming document</source>
        <translation>Vào sổ văn bản đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="88"/>
        <source>Draft an outgoing document</source>
        <translation>Soạn văn bản đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="89"/>
        <source>New internal draft</source>
        <translation>Dự thảo mới</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="95"/>
        <source>e.g. 125-CV/HU</source>
        <translation>ví dụ 125-CV/HU</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="103"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="107"/>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="109"/>
        <source>Units or persons, separated by &apos;;&apos;</source>
        <translation>Đơn vị hoặc cá nhân, cách nhau bởi dấu &apos;;&apos;</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="117"/>
        <location filename="../../client/ui/document_form.py" line="118"/>
        <source>Processing deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="128"/>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="132"/>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="133"/>
        <source>Document &amp;type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="134"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="135"/>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="136"/>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="137"/>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="143"/>
        <source>Arrival number:</source>
        <translation>Số đến:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="144"/>
        <source>Arrival date:</source>
        <translation>Ngày đến:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="146"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="147"/>
        <source>Secrecy:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="148"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="157"/>
        <source>copies:</source>
        <translation>số bản:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="159"/>
        <source>Pages:</source>
        <translation>Số trang:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="163"/>
        <source>Attachments:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="187"/>
        <source>&amp;Register</source>
        <translation>&amp;Vào sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="187"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Lưu dự thảo</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="189"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="264"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="264"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF và ảnh (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="312"/>
        <source>Please check: %1</source>
        <translation>Vui lòng kiểm tra: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="315"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_form.py" line="320"/>
        <source>The document was not saved: %1</source>
        <translation>Văn bản chưa được lưu: %1</translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message numerus="yes">
        <location filename="../../client/ui/document_list_view.py" line="107"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/document_list_view.py" line="109"/>
        <source>Could not read the list: %1</source>
        <translation>Không đọc được danh sách: %1</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="53"/>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="54"/>
        <source>Arrival no.</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="55"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="56"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="57"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="58"/>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="59"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="60"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="61"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="62"/>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="63"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="64"/>
        <source>Signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="292"/>
        <source>matched in the attached text</source>
        <translation>khớp trong nội dung tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="299"/>
        <source>Signed by %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="308"/>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/document_table.py" line="317"/>
        <source>Register entry only</source>
        <translation>Chỉ là mục đăng ký</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../client/ui/document_view.py" line="86"/>
        <location filename="../../client/ui/document_view.py" line="226"/>
        <source>No document selected.</source>
        <translation>Chưa chọn văn bản nào.</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="92"/>
        <source>&amp;Register</source>
        <translation>Vào &amp;sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="93"/>
        <source>Enter it in the incoming register (the server gives the number)</source>
        <translation>Vào sổ văn bản đến (máy chủ cấp số đến)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="94"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Giao xử lý…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="95"/>
        <source>Assign to a handler with a deadline and a direction note (Ctrl+G)</source>
        <translation>Giao người xử lý kèm hạn xử lý và ý kiến chỉ đạo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="96"/>
        <source>S&amp;tart processing</source>
        <translation>&amp;Bắt đầu xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="97"/>
        <source>Mark &amp;done</source>
        <translation>Đánh dấu &amp;hoàn thành</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="99"/>
        <source>Se&amp;nd…</source>
        <translation>&amp;Gửi…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="100"/>
        <source>Send to units of the platform (Ctrl+Shift+S)</source>
        <translation>Gửi tới các đơn vị trên hệ thống (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="101"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="102"/>
        <source>Correct the register fields: number, type, summary, issuer (Ctrl+E)</source>
        <translation>Sửa thông tin vào sổ: số ký hiệu, loại, trích yếu, cơ quan ban hành (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="103"/>
        <source>&amp;Forward…</source>
        <translation>&amp;Chuyển xử lý…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="104"/>
        <source>Move the work to another main handler, with a note</source>
        <translation>Chuyển việc cho người chủ trì xử lý khác, kèm ý kiến</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="98"/>
        <source>Mark the document done, with the result of the processing (Ctrl+D)</source>
        <translation>Đánh dấu văn bản đã hoàn thành, kèm kết quả xử lý (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="105"/>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="106"/>
        <source>Give the document back to the leader, saying why</source>
        <translation>Trả văn bản lại lãnh đạo, nêu lý do</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="107"/>
        <source>Su&amp;bmit to leader…</source>
        <translation>Trình &amp;lãnh đạo…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="108"/>
        <source>Pass the registered document to a leader for assignment</source>
        <translation>Trình văn bản đã vào sổ để lãnh đạo phân công</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="110"/>
        <source>Take back this document&apos;s changes not sent to the server yet (Ctrl+Z)</source>
        <translation>Hoàn tác các thay đổi của văn bản này chưa gửi lên máy chủ (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="148"/>
        <source>Register</source>
        <translation>Thông tin sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="149"/>
        <source>Processing trail</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="150"/>
        <location filename="../../client/ui/document_view.py" line="179"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="164"/>
        <source>Write a processing note…</source>
        <translation>Viết ý kiến xử lý…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="165"/>
        <source>New processing note</source>
        <translation>Ý kiến xử lý mới</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="167"/>
        <source>Add &amp;note</source>
        <translation>Thêm ý &amp;kiến</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="168"/>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Thêm ý kiến (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="187"/>
        <source>Sign…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="242"/>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="244"/>
        <source>Register entry only</source>
        <translation>Chỉ là mục đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="267"/>
        <source>This document has no attachment.</source>
        <translation>Văn bản này không có tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="290"/>
        <source>The download did not finish: %1</source>
        <translation>Chưa tải về xong: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="296"/>
        <source>The document could not be opened: %1</source>
        <translation>Không mở được văn bản: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="308"/>
        <source>waiting to be sent to the server</source>
        <translation>chờ gửi lên máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="316"/>
        <source>Kind</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="317"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="318"/>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="319"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="321"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="322"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="323"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="327"/>
        <source>Arrival number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="328"/>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="332"/>
        <source>Outgoing number</source>
        <translation>Số đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="333"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="336"/>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="337"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="338"/>
        <source>Processing deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="339"/>
        <source>Direction note</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="348"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="349"/>
        <source>Co-handlers</source>
        <translation>Người phối hợp</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="350"/>
        <source>Informed</source>
        <translation>Xem để biết</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="354"/>
        <source>Submitted to</source>
        <translation>Trình</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="356"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="357"/>
        <source>Pages / copies</source>
        <translation>Số trang / số bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="360"/>
        <source>Original kept at</source>
        <translation>Nơi lưu bản gốc</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="360"/>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="420"/>
        <source>The note was not saved: %1</source>
        <translation>Ý kiến chưa được lưu: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="476"/>
        <source>Nothing was undone: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/document_view.py" line="541"/>
        <source>The change was not saved: %1</source>
        <translation>Thay đổi chưa được lưu: %1</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="24"/>
        <source>Mark done</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="28"/>
        <source>e.g. Answered by letter no. 12/UBND</source>
        <translation>vd. Đã trả lời bằng văn bản số 12/UBND</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="29"/>
        <source>Result of the processing</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="31"/>
        <source>The result is kept as a processing note and sent with the status at the next sync.</source>
        <translation>Kết quả được lưu thành ghi chú xử lý và gửi cùng trạng thái ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="35"/>
        <source>Mark &amp;done</source>
        <translation>Đánh dấu &amp;hoàn thành</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="41"/>
        <source>&amp;Result of the processing (required):</source>
        <translation>&amp;Kết quả xử lý (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="54"/>
        <source>Write the result of the processing first.</source>
        <translation>Hãy ghi kết quả xử lý trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/done_dialog.py" line="68"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
</context>
<context>
    <name>EditDocumentDialog</name>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="53"/>
        <source>Correct the register fields</source>
        <translation>Sửa thông tin vào sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="56"/>
        <source>e.g. 125-CV/HU</source>
        <translation>ví dụ: 125-CV/HU</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="66"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="87"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="88"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="92"/>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="92"/>
        <source>Document &amp;type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="93"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="94"/>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="95"/>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="95"/>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="96"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="96"/>
        <source>Pages:</source>
        <translation>Số trang:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="97"/>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="149"/>
        <source>The summary and the document type cannot be empty.</source>
        <translation>Trích yếu và loại văn bản không được để trống.</translation>
    </message>
    <message>
        <location filename="../../client/ui/edit_dialog.py" line="160"/>
        <source>The correction was not saved: %1</source>
        <translation>Chưa lưu được nội dung sửa: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/ui/error_text.py" line="25"/>
        <source>Cannot reach the server. Your changes are saved and will be sent when the connection returns.</source>
        <translation>Không kết nối được máy chủ. Các thay đổi được lưu và sẽ gửi khi có mạng.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="27"/>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent. Check the server address; if it is right, ask your administrator to install the unit&apos;s CA certificate.</source>
        <translation>Chứng thư bảo mật của máy chủ không được tin cậy nên chưa gửi gì. Hãy kiểm tra địa chỉ máy chủ; nếu đúng, đề nghị quản trị viên cài chứng thư CA của đơn vị.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="31"/>
        <source>The server answered with a redirect to %1. This program talks only to the server address it was given, so nothing was sent there. Check the server address with your administrator.</source>
        <translation>Máy chủ trả lời bằng một lệnh chuyển hướng tới %1. Chương trình chỉ làm việc với địa chỉ máy chủ đã được cấp, nên không gửi gì tới đó. Hãy kiểm tra lại địa chỉ máy chủ với quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="35"/>
        <source>The server address %1 is not encrypted (http://), so nothing was sent. Use its https:// address, or ask your administrator.</source>
        <translation>Địa chỉ máy chủ %1 không được mã hóa (http://), nên chưa gửi gì. Hãy dùng địa chỉ https:// của máy chủ, hoặc hỏi quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="38"/>
        <source>The server took too long (more than %1 seconds), so the sync was stopped. What was saved stays; the next sync continues from there.</source>
        <translation>Máy chủ phản hồi quá lâu (hơn %1 giây) nên lần đồng bộ đã dừng. Những gì đã lưu vẫn được giữ; lần đồng bộ sau sẽ tiếp tục từ đó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="41"/>
        <source>The server is having trouble (HTTP %1) and did not accept the sync. Your changes are saved; the sync will be tried again later.</source>
        <translation>Máy chủ đang gặp sự cố (HTTP %1) và chưa nhận đồng bộ. Các thay đổi đã được lưu; hệ thống sẽ đồng bộ lại sau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="44"/>
        <source>The server sent something this program cannot accept, so the sync is failing: %1. Nothing of it was stored. Tell your administrator.</source>
        <translation>Máy chủ gửi dữ liệu mà chương trình không thể nhận nên đồng bộ đang bị lỗi: %1. Không có gì trong đó được lưu. Hãy báo quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="47"/>
        <source>A downloaded file did not match its fingerprint and was not stored: %1.</source>
        <translation>Tệp tải về không khớp mã kiểm tra nên không được lưu: %1.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="49"/>
        <source>Your sign-in with the server has ended. Sign in online again with your password; unsent changes are kept.</source>
        <translation>Phiên đăng nhập với máy chủ đã kết thúc. Hãy đăng nhập trực tuyến lại bằng mật khẩu; các thay đổi chưa gửi vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="51"/>
        <source>This computer was removed from the platform by an administrator, so its local copy was erased, with %1 change(s) not yet sent to the server. Sign in on an authorised computer, or ask your administrator.</source>
        <translation>Quản trị viên đã gỡ máy tính này khỏi hệ thống nên dữ liệu trên máy đã bị xóa, kể cả %1 thay đổi chưa gửi lên máy chủ. Hãy đăng nhập trên máy được cấp phép, hoặc liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="56"/>
        <source>The server answered that this computer was removed from the platform, but the instruction could not be verified, so nothing was erased and unsent changes are kept. Tell your administrator.</source>
        <translation>Máy chủ trả lời rằng máy tính này đã bị gỡ khỏi hệ thống, nhưng không xác minh được yêu cầu đó, nên không có gì bị xóa và các thay đổi chưa gửi vẫn được giữ. Hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="60"/>
        <source>The server refused the request: %1</source>
        <translation>Máy chủ từ chối yêu cầu: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="61"/>
        <source>The server asks to remove %1 of the %2 records on this computer. Nothing was removed; the sync stopped until you decide.</source>
        <translation>Máy chủ yêu cầu xóa %1 trong số %2 hồ sơ trên máy này. Chưa có gì bị xóa; đồng bộ tạm dừng cho đến khi bạn quyết định.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="64"/>
        <source>The sync was cancelled. What was already saved stays; the next sync continues from there.</source>
        <translation>Đã dừng đồng bộ. Những gì đã lưu vẫn được giữ; lần đồng bộ sau sẽ tiếp tục từ đó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="66"/>
        <source>A sync of this profile is already running. Wait for it to finish.</source>
        <translation>Hồ sơ này đang được đồng bộ. Hãy chờ đồng bộ xong.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="68"/>
        <source>The sync did not finish: %1</source>
        <translation>Đồng bộ chưa hoàn tất: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="69"/>
        <source>The local copy could not do this: %1</source>
        <translation>Dữ liệu trên máy không thực hiện được việc này: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="71"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation>Sai mật khẩu. Không có gì bị thay đổi; vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="72"/>
        <source>Stored data is damaged and was refused: %1</source>
        <translation>Dữ liệu đã lưu bị hỏng và đã bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="73"/>
        <source>The local copy is damaged and was set aside. A fresh copy will be downloaded at the next sync.</source>
        <translation>Bản dữ liệu trên máy bị hỏng và đã được để riêng. Một bản mới sẽ được tải về ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="75"/>
        <source>This record is classified above what your unit may hold, so nothing of it was saved on this computer.</source>
        <translation>Hồ sơ này có độ mật cao hơn mức đơn vị được lưu giữ nên không có gì được lưu trên máy này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="77"/>
        <source>This profile is already open in another window or program. Close it there first.</source>
        <translation>Hồ sơ này đang mở ở một cửa sổ hoặc chương trình khác. Hãy đóng ở đó trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="79"/>
        <source>There is no such profile on this computer.</source>
        <translation>Máy này không có hồ sơ người dùng đó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="80"/>
        <source>A profile with this user name already exists on this computer.</source>
        <translation>Máy này đã có hồ sơ với tên đăng nhập này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="82"/>
        <source>This computer cannot keep you signed in; type your password.</source>
        <translation>Máy này không duy trì được đăng nhập; hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="84"/>
        <source>The disk is full: %1 could not be saved. Nothing was half-written; free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: không lưu được %1. Không có gì bị ghi dở; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="86"/>
        <source>This profile has not reached the server for more than %1 hours, the limit set for your unit. Sign in online to unlock it.</source>
        <translation>Hồ sơ này đã không kết nối máy chủ quá %1 giờ, mức giới hạn của đơn vị. Hãy đăng nhập trực tuyến để mở khóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="89"/>
        <source>The change cannot be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="90"/>
        <source>This record is no longer on this computer.</source>
        <translation>Hồ sơ này không còn trên máy.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="91"/>
        <source>The file cannot be imported: %1</source>
        <translation>Không nhập được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="93"/>
        <source>This profile has never signed in online, so it has no server to sync with. Sign in online once.</source>
        <translation>Hồ sơ này chưa từng đăng nhập trực tuyến nên chưa có máy chủ để đồng bộ. Hãy đăng nhập trực tuyến một lần.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="95"/>
        <source>%1 now belongs to another unit (%2) than this profile; ask your administrator to move the profile.</source>
        <translation>%1 nay thuộc đơn vị khác (%2) với hồ sơ này; hãy đề nghị quản trị viên chuyển hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="97"/>
        <location filename="../../client/ui/error_text.py" line="119"/>
        <location filename="../../client/ui/error_text.py" line="121"/>
        <source>A document that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Văn bản đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="99"/>
        <source>This document is no longer on this computer.</source>
        <translation>Văn bản này không còn trên máy.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="100"/>
        <source>Only incoming documents are assigned.</source>
        <translation>Chỉ văn bản đến mới được giao xử lý.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="101"/>
        <source>Only outgoing documents are sent; make the draft an outgoing document first.</source>
        <translation>Chỉ văn bản đi mới được gửi; hãy chuyển dự thảo thành văn bản đi trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="103"/>
        <source>Choose at least one unit to send to.</source>
        <translation>Hãy chọn ít nhất một đơn vị nhận.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="104"/>
        <source>This document has been sent already.</source>
        <translation>Văn bản này đã được gửi.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="105"/>
        <source>The document is already with this handler.</source>
        <translation>Văn bản đang do chính người này xử lý.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="106"/>
        <source>Say why the document is returned.</source>
        <translation>Hãy nêu lý do trả lại văn bản.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="107"/>
        <source>Submit the document to one of the unit&apos;s leaders.</source>
        <translation>Hãy trình văn bản cho một lãnh đạo của đơn vị.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="108"/>
        <source>No document has the id %1.</source>
        <translation>Không có văn bản nào có mã %1.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="109"/>
        <source>More than one document id starts with %1.</source>
        <translation>Có nhiều văn bản có mã bắt đầu bằng %1.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="111"/>
        <source>Only the %1 may move a document from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Chỉ %1 mới được chuyển văn bản từ &quot;%2&quot; sang &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="113"/>
        <source>Only the %1 may set %2.</source>
        <translation>Chỉ %1 mới được đặt %2.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="114"/>
        <source>Only the %1 may create this kind of document.</source>
        <translation>Chỉ %1 mới được tạo loại văn bản này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="116"/>
        <source>You cannot create a document directly as &quot;%1&quot;: it takes steps that are not yours.</source>
        <translation>Bạn không thể tạo văn bản ở trạng thái &quot;%1&quot;: cần qua các bước không thuộc quyền của bạn.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="118"/>
        <source>A document that is &quot;%1&quot; needs %2.</source>
        <translation>Văn bản ở trạng thái &quot;%1&quot; phải có %2.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="123"/>
        <source>A document that is &quot;%1&quot; can no longer be corrected.</source>
        <translation>Văn bản ở trạng thái &quot;%1&quot; không còn sửa được.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="125"/>
        <source>This task is finished already.</source>
        <translation>Nhiệm vụ này đã hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="126"/>
        <source>Only a leader changes what a task is, who leads it and its deadline.</source>
        <translation>Chỉ lãnh đạo mới được thay đổi nội dung, đơn vị chủ trì và thời hạn của nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="128"/>
        <source>Only a leader creates tasks.</source>
        <translation>Chỉ lãnh đạo mới được tạo nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="129"/>
        <source>Only the main handler of a document gives it back to the leader.</source>
        <translation>Chỉ người chủ trì xử lý mới được trả lại văn bản cho lãnh đạo.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="131"/>
        <source>The main handler cannot also be a co-handler.</source>
        <translation>Người chủ trì xử lý không thể đồng thời là người phối hợp.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="133"/>
        <source>A unit gives a task only to itself and to the units below it; a commune assigns tasks only within itself.</source>
        <translation>Đơn vị chỉ giao nhiệm vụ cho chính mình và các đơn vị cấp dưới; cấp xã chỉ giao nhiệm vụ trong nội bộ xã.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="137"/>
        <source>A secret document is kept on this computer as a register entry only, without its %1: Law 117/2025 forbids keeping a secret document&apos;s content on a networked computer. Keep the original on paper or in the secret-document system and record where it is kept.</source>
        <translation>Văn bản mật chỉ được lưu trên máy này dưới dạng mục đăng ký, không kèm %1: Luật 117/2025 cấm lưu giữ nội dung văn bản mật trên máy tính có kết nối mạng. Hãy giữ bản gốc trên giấy hoặc trong hệ thống văn bản mật và ghi lại nơi lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="143"/>
        <source>Only a secret document is registered as a register entry only; register an ordinary document with the normal form.</source>
        <translation>Chỉ văn bản mật mới được đăng ký dưới dạng mục đăng ký; văn bản thường hãy đăng ký bằng mẫu thông thường.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="145"/>
        <source>Say where the original is kept: the clerk&apos;s safe, the secret-document system or a named person.</source>
        <translation>Hãy ghi nơi lưu bản gốc: két sắt của văn thư, hệ thống văn bản mật hoặc tên người giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="149"/>
        <source>Cannot write %1: name the file .pdf or .xlsx.</source>
        <translation>Không ghi được %1: hãy đặt tên tệp có đuôi .pdf hoặc .xlsx.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="150"/>
        <source>No task on this computer belongs to resolution %1. Choose a resolution from the list, or sync first.</source>
        <translation>Trên máy này không có nhiệm vụ nào thuộc nghị quyết %1. Hãy chọn một nghị quyết trong danh sách, hoặc đồng bộ trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="153"/>
        <source>No font with Vietnamese letters was found to print with. Ask your administrator to install Arial or DejaVu Sans.</source>
        <translation>Không tìm thấy phông chữ có đủ chữ tiếng Việt để in. Hãy nhờ quản trị viên cài Arial hoặc DejaVu Sans.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="157"/>
        <source>An update was refused: it does not match its signed description. Nothing was installed; tell your administrator.</source>
        <translation>Bản cập nhật bị từ chối: nó không khớp với mô tả đã được ký. Chưa cài đặt gì; hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="160"/>
        <source>An update was refused: the update server offered an older state than this computer has already seen. Nothing was installed; tell your administrator.</source>
        <translation>Bản cập nhật bị từ chối: máy chủ cập nhật đưa ra trạng thái cũ hơn trạng thái máy tính này đã nhận. Chưa cài đặt gì; hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="163"/>
        <source>An update was refused: the update server&apos;s signed information has expired. Nothing was installed; your administrator must renew it.</source>
        <translation>Bản cập nhật bị từ chối: thông tin đã ký của máy chủ cập nhật đã hết hạn. Chưa cài đặt gì; quản trị viên cần gia hạn.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="166"/>
        <source>An update was refused: the update server&apos;s files do not belong together. Nothing was installed; tell your administrator.</source>
        <translation>Bản cập nhật bị từ chối: các tệp của máy chủ cập nhật không thuộc cùng một phiên bản. Chưa cài đặt gì; hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="169"/>
        <source>The update server could not be reached; the next check tries again.</source>
        <translation>Không kết nối được máy chủ cập nhật; lần kiểm tra sau sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="171"/>
        <source>Updates are not set up correctly on this computer: %1. Tell your administrator.</source>
        <translation>Cập nhật chưa được thiết lập đúng trên máy tính này: %1. Hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="173"/>
        <source>The update could not be prepared: %1</source>
        <translation>Không chuẩn bị được bản cập nhật: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="175"/>
        <source>The Vietnamese text recognition model is not installed on this computer. Ask your administrator to repair the installation.</source>
        <translation>Máy tính này chưa cài mô hình nhận dạng chữ tiếng Việt. Đề nghị quản trị viên sửa lại bản cài đặt.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="178"/>
        <source>The scan is damaged or its pictures are in a format that cannot be read. Scan the paper again as PDF, PNG, JPEG or TIFF.</source>
        <translation>Bản quét bị hỏng hoặc ảnh trong đó có định dạng không đọc được. Hãy quét lại văn bản giấy dưới dạng PDF, PNG, JPEG hoặc TIFF.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="181"/>
        <source>The scan is too large to recognise (too many pages, or a picture over 80 megapixels). Scan it again at 300 dpi, or split it.</source>
        <translation>Bản quét quá lớn để nhận dạng (quá nhiều trang, hoặc ảnh trên 80 megapixel). Hãy quét lại ở 300 dpi hoặc tách thành nhiều tệp.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="184"/>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="213"/>
        <source>or</source>
        <translation>hoặc</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="225"/>
        <source>Your role or your unit may not make this change.</source>
        <translation>Vai trò hoặc đơn vị của đồng chí không được thực hiện thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="226"/>
        <source>The server did not accept the values of this change.</source>
        <translation>Máy chủ không chấp nhận các giá trị của thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="227"/>
        <source>This status does not exist for this kind of document.</source>
        <translation>Loại văn bản này không có trạng thái đó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="228"/>
        <source>On the server the record is in a status from which this step is not possible.</source>
        <translation>Trên máy chủ, hồ sơ đang ở trạng thái không thể chuyển sang bước này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="230"/>
        <source>This document is classified above what your unit may hold.</source>
        <translation>Văn bản có độ mật cao hơn mức đơn vị được lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="232"/>
        <source>The chosen handler is not an active person of your unit.</source>
        <translation>Người xử lý được chọn không phải là cán bộ đang công tác tại đơn vị.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="234"/>
        <source>The document can only be submitted to an active leader of your unit.</source>
        <translation>Chỉ trình văn bản cho lãnh đạo đang công tác tại đơn vị.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="236"/>
        <source>The record is not on the server: it was removed, or never reached it.</source>
        <translation>Hồ sơ không có trên máy chủ: đã bị xóa hoặc chưa từng được gửi lên.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="238"/>
        <location filename="../../client/ui/error_text.py" line="240"/>
        <source>The change was made on a copy the server does not know. Send it again.</source>
        <translation>Thay đổi được thực hiện trên một bản mà máy chủ không nhận biết. Hãy gửi lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="242"/>
        <source>The change reached the server out of order. Send it again.</source>
        <translation>Thay đổi đến máy chủ không đúng thứ tự. Hãy gửi lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="244"/>
        <source>An attached file had not reached the server. Send the change again.</source>
        <translation>Tệp đính kèm chưa được tải lên máy chủ. Hãy gửi lại thay đổi.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="246"/>
        <source>This kind of record cannot be changed that way.</source>
        <translation>Loại hồ sơ này không thể thay đổi theo cách đó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="247"/>
        <source>Notes and progress reports are never changed or deleted.</source>
        <translation>Ý kiến xử lý và báo cáo tiến độ không được sửa hoặc xóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="248"/>
        <source>The server already holds another record with the same identifier.</source>
        <translation>Máy chủ đã có một hồ sơ khác trùng mã định danh.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="250"/>
        <source>A unit named in the change is not on the platform.</source>
        <translation>Đơn vị nêu trong thay đổi không có trên hệ thống.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="251"/>
        <source>A document entered in a register cannot be deleted.</source>
        <translation>Văn bản đã vào sổ thì không được xóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="252"/>
        <source>Sending needs at least one recipient unit.</source>
        <translation>Cần chọn ít nhất một đơn vị nhận để gửi.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="253"/>
        <source>A recipient unit is not on the platform.</source>
        <translation>Đơn vị nhận không có trên hệ thống.</translation>
    </message>
    <message>
        <location filename="../../client/ui/error_text.py" line="254"/>
        <source>A recipient unit may not hold a document this secret.</source>
        <translation>Đơn vị nhận không được lưu giữ văn bản có độ mật này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="47"/>
        <source>Wrong PIN. Nothing was signed. After a few wrong tries the token locks, so type it carefully.</source>
        <translation>Sai mã PIN. Chưa ký gì. Nhập sai vài lần nữa thiết bị ký số sẽ bị khóa, hãy nhập cẩn thận.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="49"/>
        <source>Wrong PIN. One try is left before the token locks.</source>
        <translation>Sai mã PIN. Chỉ còn một lần thử trước khi thiết bị ký số bị khóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="51"/>
        <source>The token&apos;s PIN is locked. Ask your certificate provider to unlock it.</source>
        <translation>Mã PIN của thiết bị ký số đã bị khóa. Hãy đề nghị đơn vị cấp chứng thư số mở khóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="53"/>
        <source>The token was removed or stopped answering. Nothing was signed; plug it in and sign again.</source>
        <translation>Thiết bị ký số đã bị rút ra hoặc không phản hồi. Chưa ký gì; hãy cắm lại và ký lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="55"/>
        <source>The token refused to sign: %1</source>
        <translation>Thiết bị ký số từ chối ký: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="56"/>
        <source>No token driver is configured on this computer. Ask your administrator to set pkcs11_module.</source>
        <translation>Máy này chưa cấu hình trình điều khiển thiết bị ký số. Hãy đề nghị quản trị viên đặt pkcs11_module.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="58"/>
        <source>The token driver %1 is not installed on this computer.</source>
        <translation>Trình điều khiển thiết bị ký số %1 chưa được cài trên máy này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="60"/>
        <source>The token driver %1 cannot be loaded.</source>
        <translation>Không nạp được trình điều khiển thiết bị ký số %1.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="61"/>
        <source>This certificate is valid only from %1 to %2; it cannot sign now.</source>
        <translation>Chứng thư số này chỉ có hiệu lực từ %1 đến %2; hiện không thể dùng để ký.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="63"/>
        <source>The PDF could not be signed: %1</source>
        <translation>Không ký được tệp PDF: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="64"/>
        <source>The PDF cannot be read, so it cannot be signed.</source>
        <translation>Không đọc được tệp PDF nên không thể ký.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="65"/>
        <source>An encrypted PDF cannot be signed.</source>
        <translation>Không thể ký tệp PDF đã mã hóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="66"/>
        <source>Choose your signature image before signing.</source>
        <translation>Hãy chọn ảnh chữ ký của đồng chí trước khi ký.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="67"/>
        <source>The signature or seal image cannot be read.</source>
        <translation>Không đọc được ảnh chữ ký hoặc ảnh con dấu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="68"/>
        <source>The list of trusted certification authorities (%1) cannot be read.</source>
        <translation>Không đọc được danh sách tổ chức chứng thực tin cậy (%1).</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="70"/>
        <source>This signature is for: %1, when the document is &quot;%2&quot;.</source>
        <translation>Chữ ký này dành cho: %1, khi văn bản ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="72"/>
        <source>Fill in %1 before applying the agency signature.</source>
        <translation>Hãy điền %1 trước khi ký số của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="74"/>
        <source>This file is not an attachment of the document.</source>
        <translation>Tệp này không phải tệp đính kèm của văn bản.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="75"/>
        <source>Only PDF files can be signed.</source>
        <translation>Chỉ ký được tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="76"/>
        <source>The file has not been downloaded yet.</source>
        <translation>Tệp chưa được tải về.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../../client/ui/export_file.py" line="10"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../client/ui/export_file.py" line="11"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="40"/>
        <source>Kind</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="42"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="44"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="45"/>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="48"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="48"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="54"/>
        <location filename="../../client/ui/filter_bar.py" line="55"/>
        <source>Issued from</source>
        <translation>Ban hành từ</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="57"/>
        <source>Issued to</source>
        <translation>Ban hành đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="58"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="60"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="61"/>
        <source>Unread</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <location filename="../../client/ui/filter_bar.py" line="83"/>
        <source>%1: any</source>
        <translation>%1: tất cả</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="42"/>
        <source>Note</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="52"/>
        <source>Forward the document</source>
        <translation>Chuyển xử lý văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="53"/>
        <source>&amp;Forward</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="54"/>
        <source>New handler</source>
        <translation>Người xử lý mới</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="55"/>
        <source>Why it moves, what the new handler should know</source>
        <translation>Lý do chuyển, những điều người xử lý mới cần biết</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="56"/>
        <source>&amp;New handler:</source>
        <translation>Người xử lý &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="58"/>
        <source>Return the document to the leader</source>
        <translation>Trả lại văn bản cho lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="59"/>
        <source>&amp;Return</source>
        <translation>&amp;Trả lại</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="60"/>
        <source>Why you give it back (required)</source>
        <translation>Lý do trả lại (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="62"/>
        <source>Submit the document to the leader</source>
        <translation>Trình văn bản cho lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="63"/>
        <source>&amp;Submit</source>
        <translation>T&amp;rình</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="64"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="65"/>
        <source>A note for the leader (optional)</source>
        <translation>Ý kiến gửi lãnh đạo (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="66"/>
        <source>&amp;Leader:</source>
        <translation>&amp;Lãnh đạo:</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="67"/>
        <source>&amp;Note:</source>
        <translation>Ý &amp;kiến:</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="87"/>
        <source>The unit&apos;s staff list has not been synced yet. Sync, then try again.</source>
        <translation>Danh sách cán bộ của đơn vị chưa được đồng bộ. Hãy đồng bộ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="99"/>
        <source>Say why the document is returned.</source>
        <translation>Hãy nêu lý do trả lại văn bản.</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="103"/>
        <source>Choose a person.</source>
        <translation>Hãy chọn người.</translation>
    </message>
    <message>
        <location filename="../../client/ui/handover_dialogs.py" line="119"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="54"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../client/ui/labels.py" line="21"/>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="22"/>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="23"/>
        <location filename="../../client/ui/labels.py" line="32"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="26"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="27"/>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="28"/>
        <source>Assigned</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="29"/>
        <location filename="../../client/ui/labels.py" line="40"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="30"/>
        <location filename="../../client/ui/labels.py" line="41"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="31"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="33"/>
        <source>In review</source>
        <translation>Đang trình duyệt</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="34"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="35"/>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="36"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="39"/>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="42"/>
        <source>Done late</source>
        <translation>Hoàn thành trễ hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="43"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="46"/>
        <location filename="../../client/ui/labels.py" line="52"/>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="47"/>
        <source>Secret</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="48"/>
        <source>Top secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="49"/>
        <source>Absolute secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="53"/>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="54"/>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="55"/>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="58"/>
        <source>clerk</source>
        <translation>văn thư</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="59"/>
        <source>leader</source>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="60"/>
        <source>specialist</source>
        <translation>chuyên viên</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="61"/>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="64"/>
        <source>the handler</source>
        <translation>người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="65"/>
        <source>the processing deadline</source>
        <translation>hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="66"/>
        <source>the direction note</source>
        <translation>ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="67"/>
        <source>the co-handlers</source>
        <translation>người phối hợp</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="68"/>
        <source>the people informed</source>
        <translation>người xem để biết</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="69"/>
        <source>the leader a document is submitted to</source>
        <translation>lãnh đạo được trình văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="70"/>
        <source>number and symbol</source>
        <translation>số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="71"/>
        <source>document type</source>
        <translation>loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="72"/>
        <source>summary</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="73"/>
        <source>issuing body</source>
        <translation>cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="74"/>
        <source>date of issue</source>
        <translation>ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="75"/>
        <source>signer</source>
        <translation>người ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="76"/>
        <source>urgency</source>
        <translation>độ khẩn</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="77"/>
        <source>pages</source>
        <translation>số trang</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="78"/>
        <source>copies</source>
        <translation>số bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="79"/>
        <source>recipients</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="80"/>
        <source>attachments</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="81"/>
        <source>secrecy</source>
        <translation>độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="82"/>
        <source>where the original is</source>
        <translation>nơi lưu bản gốc</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="85"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="86"/>
        <source>Processing note</source>
        <translation>Ý kiến xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="87"/>
        <source>Processing step</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="88"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="89"/>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="90"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../client/ui/labels.py" line="91"/>
        <source>Person</source>
        <translation>Người dùng</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="23"/>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="26"/>
        <source>The window was locked after a period without activity. Type the password of %1 to continue.</source>
        <translation>Cửa sổ đã được khóa sau một thời gian không hoạt động. Nhập mật khẩu của %1 để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="32"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="39"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="40"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="42"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../client/ui/lock_screen.py" line="98"/>
        <source>Wrong password. Try again.</source>
        <translation>Sai mật khẩu. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/main_window.py" line="72"/>
        <source>Commune Office — %1 — %2</source>
        <translation>Văn phòng xã — %1 — %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="76"/>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="77"/>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="78"/>
        <location filename="../../client/ui/main_window.py" line="91"/>
        <source>Drafts</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="89"/>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="90"/>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="92"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="93"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="94"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="95"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="96"/>
        <source>Registers</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="97"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="100"/>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="162"/>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="164"/>
        <source>&amp;Register incoming…</source>
        <translation>&amp;Vào sổ văn bản đến…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="167"/>
        <source>Draft &amp;outgoing…</source>
        <translation>Soạn văn bản &amp;đi…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="170"/>
        <source>New internal &amp;draft…</source>
        <translation>&amp;Dự thảo mới…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="172"/>
        <source>&amp;Digitize scans…</source>
        <translation>&amp;Số hóa tệp scan…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="173"/>
        <source>Recognise &amp;text of scans…</source>
        <translation>Nhận dạng &amp;chữ trong bản quét…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="174"/>
        <source>Register a secret &amp;incoming document (paper)…</source>
        <translation>Vào sổ văn bản &amp;mật đến (bản giấy)…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="176"/>
        <source>Register a secret o&amp;utgoing document (paper)…</source>
        <translation>Vào sổ văn bản mậ&amp;t đi (bản giấy)…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="178"/>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="179"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;Dừng đồng bộ</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="180"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="181"/>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="182"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="195"/>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="198"/>
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="200"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="201"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="211"/>
        <source>Se&amp;ttings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="213"/>
        <source>Signing &amp;token…</source>
        <translation>&amp;Thiết bị ký số…</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="312"/>
        <source>Remove records from this computer?</source>
        <translation>Xóa hồ sơ khỏi máy tính này?</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="313"/>
        <source>The server asks to remove %1 of the %2 records on this computer. That is unusual: it can happen when your unit was changed, or by a mistake on the server. Nothing has been removed yet. Remove them?</source>
        <translation>Máy chủ yêu cầu xóa %1 trong số %2 hồ sơ trên máy tính này. Điều này không bình thường: có thể do đơn vị của bạn đã thay đổi, hoặc do lỗi ở máy chủ. Chưa có gì bị xóa. Xóa các hồ sơ đó?</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="317"/>
        <source>&amp;Remove %1 records</source>
        <translation>&amp;Xóa %1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="318"/>
        <source>&amp;Keep them and stop</source>
        <translation>&amp;Giữ lại và dừng</translation>
    </message>
    <message>
        <location filename="../../client/ui/main_window.py" line="417"/>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>OcrDialog</name>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="24"/>
        <source>Recognise text of scans</source>
        <translation>Nhận dạng chữ trong bản quét</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="26"/>
        <source>Scans without a text layer are read with the Vietnamese text recognition so that search finds their words. It takes about a second a page; you can stop at any time and go on later from where it stopped.</source>
        <translation>Các bản quét không có lớp chữ được đọc bằng chức năng nhận dạng chữ tiếng Việt để tìm kiếm thấy nội dung của chúng. Mỗi trang mất khoảng một giây; có thể dừng bất cứ lúc nào và lần sau tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="31"/>
        <source>Recognition progress</source>
        <translation>Tiến độ nhận dạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="35"/>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="37"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="62"/>
        <source>Looking for scans to recognise…</source>
        <translation>Đang tìm các bản quét cần nhận dạng…</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="70"/>
        <source>Page %1 of %2 recognised (%3)</source>
        <translation>Đã nhận dạng trang %1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/ocr_dialog.py" line="75"/>
        <source>%n scan(s) recognised; %1 could not be read.</source>
        <translation>
            <numerusform>Đã nhận dạng %n bản quét; %1 bản không đọc được.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="78"/>
        <source>Every scan here is searchable already.</source>
        <translation>Mọi bản quét trên máy này đều đã tìm kiếm được.</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="86"/>
        <source>The text could not be recognised: %1</source>
        <translation>Không nhận dạng được chữ: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/ocr_dialog.py" line="99"/>
        <source>Stopped: the pages read so far are kept, and the next run goes on from there.</source>
        <translation>Đã dừng: các trang đã đọc được giữ lại, lần chạy sau sẽ tiếp tục từ đó.</translation>
    </message>
</context>
<context>
    <name>RecognisedTextPanel</name>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="43"/>
        <source>Recognised text</source>
        <translation>Chữ nhận dạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="46"/>
        <location filename="../../client/ui/recognised_text.py" line="112"/>
        <source>&amp;Recognise text</source>
        <translation>&amp;Nhận dạng chữ</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="47"/>
        <source>Recognise the text of this scan</source>
        <translation>Nhận dạng chữ trong bản quét này</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="49"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="50"/>
        <source>Stop recognising; the pages read are kept</source>
        <translation>Dừng nhận dạng; các trang đã đọc được giữ lại</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="52"/>
        <location filename="../../client/ui/recognised_text.py" line="133"/>
        <source>Show recognised &amp;text</source>
        <translation>Xem &amp;chữ nhận dạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="56"/>
        <source>Recognition progress</source>
        <translation>Tiến độ nhận dạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="59"/>
        <source>Text recognised in the scan</source>
        <translation>Chữ nhận dạng được trong bản quét</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="114"/>
        <source>The text of this scan was recognised: search finds its words.</source>
        <translation>Chữ trong bản quét này đã được nhận dạng: tìm kiếm sẽ thấy nội dung của nó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="116"/>
        <source>The text of this scan could not be recognised: %1</source>
        <translation>Không nhận dạng được chữ trong bản quét này: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="118"/>
        <source>T&amp;ry again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="120"/>
        <source>Text recognised on %1 of %2 pages; the rest is not searchable yet.</source>
        <translation>Đã nhận dạng chữ %1/%2 trang; phần còn lại chưa tìm kiếm được.</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="122"/>
        <source>&amp;Continue recognising</source>
        <translation>&amp;Tiếp tục nhận dạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="124"/>
        <source>This file has a text layer: search finds its words.</source>
        <translation>Tệp này có lớp chữ: tìm kiếm sẽ thấy nội dung của nó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="126"/>
        <source>This scan has no text layer and its text was never recognised: search does not find its words.</source>
        <translation>Bản quét này không có lớp chữ và chưa được nhận dạng chữ: tìm kiếm không thấy nội dung của nó.</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="133"/>
        <source>Hide recognised &amp;text</source>
        <translation>Ẩn &amp;chữ nhận dạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="150"/>
        <source>Recognising the text of the scan…</source>
        <translation>Đang nhận dạng chữ trong bản quét…</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="157"/>
        <source>Recognising page %1 of %2…</source>
        <translation>Đang nhận dạng trang %1/%2…</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="176"/>
        <source>The text could not be recognised: %1</source>
        <translation>Không nhận dạng được chữ: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/recognised_text.py" line="184"/>
        <source>Stopping after the page being read…</source>
        <translation>Sẽ dừng sau trang đang đọc…</translation>
    </message>
</context>
<context>
    <name>RefusedTableModel</name>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="17"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="18"/>
        <source>Fields changed</source>
        <translation>Trường đã sửa</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="19"/>
        <source>Why the server refused it</source>
        <translation>Lý do máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="20"/>
        <source>Changed at</source>
        <translation>Thời điểm sửa</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="73"/>
        <source>The server said: %1</source>
        <translation>Máy chủ trả lời: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/refused_table.py" line="81"/>
        <source>A new record (%n field(s))</source>
        <translation>
            <numerusform>Hồ sơ mới (%n trường)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/models/refused_table.py" line="83"/>
        <source>Removal of the record</source>
        <translation>Xóa hồ sơ</translation>
    </message>
</context>
<context>
    <name>RefusedView</name>
    <message>
        <location filename="../../client/ui/refused_view.py" line="40"/>
        <location filename="../../client/ui/refused_view.py" line="41"/>
        <source>Refused changes</source>
        <translation>Thay đổi bị từ chối</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="45"/>
        <location filename="../../client/ui/refused_view.py" line="105"/>
        <source>What to do: edit the document and send again, or discard your change.</source>
        <translation>Cách xử lý: sửa văn bản rồi gửi lại, hoặc hủy thay đổi của mình.</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="49"/>
        <source>Why the server refused it</source>
        <translation>Lý do máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="50"/>
        <source>&amp;Discard my change (restore the server&apos;s copy)</source>
        <translation>&amp;Hủy thay đổi của tôi (khôi phục bản trên máy chủ)</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="52"/>
        <source>Send &amp;again</source>
        <translation>&amp;Gửi lại</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="84"/>
        <source>Nothing refused: the server took every change sent from here.</source>
        <translation>Không có thay đổi nào bị từ chối: máy chủ đã nhận mọi thay đổi gửi từ máy này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/refused_view.py" line="86"/>
        <source>The server refused %n change(s). They stay on this computer until you send them again or discard them.</source>
        <translation>
            <numerusform>Máy chủ đã từ chối %n thay đổi. Các thay đổi này được giữ trên máy cho đến khi đồng chí gửi lại hoặc hủy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="101"/>
        <source>Why: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="103"/>
        <source>This new record never reached the server: discarding removes it from this computer. Or correct it and send it again.</source>
        <translation>Hồ sơ mới này chưa được máy chủ tiếp nhận: hủy sẽ xóa hồ sơ khỏi máy này. Hoặc sửa lại rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="125"/>
        <location filename="../../client/ui/refused_view.py" line="136"/>
        <source>Not discarded: %1</source>
        <translation>Chưa hủy được: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="128"/>
        <source>Remove the new record?</source>
        <translation>Xóa hồ sơ mới?</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="129"/>
        <source>&quot;%1&quot; never reached the server. Discarding removes it and its files from this computer.</source>
        <translation>&quot;%1&quot; chưa được máy chủ tiếp nhận. Hủy sẽ xóa hồ sơ và các tệp kèm theo khỏi máy này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="132"/>
        <source>&amp;Remove it</source>
        <translation>&amp;Xóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="133"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <location filename="../../client/ui/refused_view.py" line="144"/>
        <source>Not sent again: %1</source>
        <translation>Chưa gửi lại được: %1</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../../client/ui/registers_view.py" line="42"/>
        <source>Arrival no.</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="42"/>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="43"/>
        <source>Issuer</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="43"/>
        <location filename="../../client/ui/registers_view.py" line="50"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="44"/>
        <location filename="../../client/ui/registers_view.py" line="49"/>
        <source>Date of issue</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="45"/>
        <location filename="../../client/ui/registers_view.py" line="51"/>
        <source>Type and summary</source>
        <translation>Tên loại và trích yếu nội dung</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="45"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="46"/>
        <source>Received by (signature)</source>
        <translation>Ký nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="46"/>
        <location filename="../../client/ui/registers_view.py" line="53"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="49"/>
        <source>Outgoing no.</source>
        <translation>Số đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="51"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="52"/>
        <source>Recipients</source>
        <translation>Nơi nhận văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="52"/>
        <source>File copy kept by</source>
        <translation>Đơn vị, người nhận bản lưu</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="53"/>
        <source>Copies</source>
        <translation>Số lượng bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="80"/>
        <source>Registers</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="83"/>
        <source>Register</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="84"/>
        <source>Incoming register (sổ đến)</source>
        <translation>Sổ đăng ký văn bản đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="85"/>
        <source>Outgoing register (sổ đi)</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="87"/>
        <location filename="../../client/ui/registers_view.py" line="98"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="88"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="89"/>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="90"/>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="91"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Lưu &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="100"/>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="109"/>
        <source>Register preview</source>
        <translation>Xem trước sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="118"/>
        <source>Numbering</source>
        <translation>Cách đánh số</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="133"/>
        <source>The end date is before the start date: choose the earlier date first.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu: hãy chọn ngày sớm hơn trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="161"/>
        <source>Numbered per document type through the committee term (%1; this term began on %2).</source>
        <translation>Đánh số theo từng loại văn bản trong cả nhiệm kỳ (%1; nhiệm kỳ này bắt đầu ngày %2).</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="163"/>
        <source>Numbered per calendar year (%1). Next number on this computer: %2 (the server confirms it).</source>
        <translation>Đánh số theo năm (%1). Số tiếp theo trên máy này: %2 (máy chủ sẽ xác nhận).</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="173"/>
        <source>%1 entries; the preview shows the first %2, the saved file holds all.</source>
        <translation>%1 văn bản; phần xem trước hiện %2 văn bản đầu, tệp lưu ra có đủ tất cả.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/registers_view.py" line="176"/>
        <source>%n entries in the register for these days.</source>
        <translation>
            <numerusform>%n văn bản trong sổ ở khoảng ngày này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="188"/>
        <source>Save the register</source>
        <translation>Lưu sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="198"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../client/ui/registers_view.py" line="201"/>
        <source>Saved %1 entries to %2.</source>
        <translation>Đã lưu %1 văn bản vào %2.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message numerus="yes">
        <location filename="../../client/ui/tasks_view.py" line="79"/>
        <source>Evidence files (%n):</source>
        <translation>
            <numerusform>Tệp minh chứng (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="85"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="86"/>
        <source>Open evidence file %1</source>
        <translation>Mở tệp minh chứng %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="44"/>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="51"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="52"/>
        <source>e.g. Quarter 2/2025</source>
        <translation>ví dụ Quý 2/2025</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="54"/>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="59"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="61"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="62"/>
        <source>&amp;Report:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="63"/>
        <source>Pro&amp;gress:</source>
        <translation>&amp;Tiến độ:</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="74"/>
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="79"/>
        <location filename="../../client/ui/report_dialog.py" line="112"/>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="81"/>
        <source>Add &amp;evidence…</source>
        <translation>Thêm &amp;minh chứng…</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="88"/>
        <source>&amp;Save report</source>
        <translation>&amp;Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="99"/>
        <source>Evidence attachments:</source>
        <translation>Tệp minh chứng:</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="128"/>
        <source>Write what was done in the report text.</source>
        <translation>Hãy ghi kết quả đã thực hiện vào nội dung báo cáo.</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="131"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../client/ui/report_dialog.py" line="141"/>
        <source>The report was not saved: %1</source>
        <translation>Báo cáo chưa được lưu: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../client/ui/reports_view.py" line="39"/>
        <location filename="../../client/ui/reports_view.py" line="48"/>
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="39"/>
        <source>Month of arrival</source>
        <translation>Tháng đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="40"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="40"/>
        <source>Processed</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="41"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="41"/>
        <location filename="../../client/ui/reports_view.py" line="107"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="44"/>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="44"/>
        <source>Documents</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="45"/>
        <source>Median (days)</source>
        <translation>Trung vị (ngày)</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="45"/>
        <source>90th percentile (days)</source>
        <translation>Phân vị 90 (ngày)</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="48"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="49"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="49"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="50"/>
        <source>Days late</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="53"/>
        <location filename="../../client/ui/reports_view.py" line="113"/>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="53"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="54"/>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="54"/>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="55"/>
        <source>Open</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="55"/>
        <source>Reports due</source>
        <translation>Báo cáo đến hạn chưa gửi</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="82"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="85"/>
        <location filename="../../client/ui/reports_view.py" line="94"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="86"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="87"/>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="88"/>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="89"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Lưu &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="96"/>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="105"/>
        <source>Report tables</source>
        <translation>Bảng số liệu báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="106"/>
        <source>Per handler</source>
        <translation>Theo người xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="106"/>
        <source>Time per type</source>
        <translation>Thời gian theo loại</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="107"/>
        <source>Tasks per resolution</source>
        <translation>Nhiệm vụ theo nghị quyết</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="114"/>
        <source>Resolution summary as P&amp;DF…</source>
        <translation>Tóm tắt nghị quyết dạng P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="115"/>
        <source>Resolution su&amp;mmary as XLSX…</source>
        <translation>Tó&amp;m tắt nghị quyết dạng XLSX…</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="119"/>
        <source>One resolution&apos;s one-page summary:</source>
        <translation>Báo cáo tóm tắt một trang của nghị quyết:</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="136"/>
        <source>The end date is before the start date: choose the earlier date first.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu: hãy chọn ngày sớm hơn trước.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/reports_view.py" line="174"/>
        <source>%n overdue document(s).</source>
        <translation>
            <numerusform>%n văn bản quá hạn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="187"/>
        <source>Save the resolution summary</source>
        <translation>Lưu báo cáo tóm tắt nghị quyết</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="197"/>
        <source>Saved the summary of resolution %1 to %2.</source>
        <translation>Đã lưu báo cáo tóm tắt nghị quyết %1 vào %2.</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="211"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="194"/>
        <location filename="../../client/ui/reports_view.py" line="221"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../client/ui/reports_view.py" line="224"/>
        <source>Saved the report to %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
</context>
<context>
    <name>ScanSuggestions</name>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="27"/>
        <source>Suggestions read from the scan</source>
        <translation>Gợi ý đọc từ bản quét</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="32"/>
        <source>&amp;Use these</source>
        <translation>&amp;Dùng các gợi ý này</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="33"/>
        <source>Use the suggestions read from the scan</source>
        <translation>Dùng các gợi ý đọc từ bản quét</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="48"/>
        <source>Reading %1 to suggest its register fields…</source>
        <translation>Đang đọc %1 để gợi ý các trường đăng ký…</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="60"/>
        <source>Nothing to suggest was recognised on the first page of %1.</source>
        <translation>Không nhận dạng được gợi ý nào trên trang đầu của %1.</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="63"/>
        <source>Read on the first page of %1:</source>
        <translation>Đọc được trên trang đầu của %1:</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="65"/>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="66"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="67"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="68"/>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="69"/>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../client/ui/scan_suggestions.py" line="81"/>
        <source>No suggestion: %1</source>
        <translation>Không có gợi ý: %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../client/ui/search_view.py" line="68"/>
        <source>Search number, summary, issuing body, signer, text of attachments…</source>
        <translation>Tìm theo số ký hiệu, trích yếu, cơ quan ban hành, người ký, nội dung tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="69"/>
        <source>Search words</source>
        <translation>Từ khóa tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="73"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="75"/>
        <location filename="../../client/ui/search_view.py" line="144"/>
        <source>Type words to search; diacritics are optional.</source>
        <translation>Gõ từ khóa để tìm; có thể gõ không dấu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="96"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="129"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/search_view.py" line="139"/>
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>Hiển thị %n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="139"/>
        <location filename="../../client/ui/search_view.py" line="152"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy kết quả nào.</translation>
    </message>
    <message>
        <location filename="../../client/ui/search_view.py" line="153"/>
        <source>Did you mean: %1?</source>
        <translation>Có phải bạn muốn tìm: %1?</translation>
    </message>
</context>
<context>
    <name>SecretChoiceNotice</name>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="54"/>
        <source>Register it as a secret &amp;entry (no scan)…</source>
        <translation>Vào sổ dưới dạng &amp;mục đăng ký mật (không có bản quét)…</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="70"/>
        <source>The file you picked (%1) was taken out of this form; nothing of it was saved.</source>
        <translation>Tệp bạn đã chọn (%1) đã được bỏ khỏi biểu mẫu này; không có gì của tệp được lưu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="72"/>
        <source>Law 117/2025 forbids storing a secret document&apos;s content on a networked computer, so this computer keeps its register entry only: no summary, no scan.</source>
        <translation>Luật 117/2025 cấm lưu nội dung văn bản mật trên máy tính có kết nối mạng, nên máy này chỉ giữ mục đăng ký của văn bản: không trích yếu, không bản quét.</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="74"/>
        <source>Keep the original in the safe or in the secret-document system and register the entry with where it is kept.</source>
        <translation>Hãy giữ bản gốc trong két sắt hoặc trong hệ thống văn bản mật, rồi vào sổ mục đăng ký kèm nơi lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="76"/>
        <source>Draft it in the secret-document system, not on this computer.</source>
        <translation>Hãy soạn thảo văn bản này trong hệ thống văn bản mật, không soạn trên máy này.</translation>
    </message>
</context>
<context>
    <name>SecretEntryBanner</name>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="29"/>
        <source>Secrecy level</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="32"/>
        <source>Register entry only</source>
        <translation>Chỉ là mục đăng ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="34"/>
        <source>The law (Law 117/2025 on State Secrets) forbids keeping a secret document&apos;s content on a networked computer, so this computer keeps its register entry only: no file, no viewer, no print, no export. Handle the original where it is kept.</source>
        <translation>Luật Bảo vệ bí mật nhà nước (Luật 117/2025) cấm lưu giữ nội dung văn bản mật trên máy tính có kết nối mạng, nên máy này chỉ giữ mục đăng ký của văn bản: không tệp, không xem, không in, không xuất. Hãy xử lý bản gốc tại nơi lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="50"/>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_view.py" line="51"/>
        <source>Register entry only — original: %1</source>
        <translation>Chỉ là mục đăng ký — bản gốc: %1</translation>
    </message>
</context>
<context>
    <name>SecretEntryForm</name>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="92"/>
        <source>Register a secret incoming document (paper)</source>
        <translation>Vào sổ văn bản mật đến (bản giấy)</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="93"/>
        <source>Register a secret outgoing document (paper)</source>
        <translation>Vào sổ văn bản mật đi (bản giấy)</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="97"/>
        <source>Secret documents are kept on this computer as register entries only (Law 117/2025): no summary, no scan, no file. Keep the original in the safe or in the secret-document system, and record here where it is.</source>
        <translation>Văn bản mật chỉ được lưu trên máy này dưới dạng mục đăng ký (Luật 117/2025): không trích yếu, không bản quét, không tệp. Hãy giữ bản gốc trong két sắt hoặc trong hệ thống văn bản mật, và ghi tại đây nơi lưu giữ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="103"/>
        <source>e.g. 125-CV/HU</source>
        <translation>ví dụ: 125-CV/HU</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="109"/>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="112"/>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="114"/>
        <source>Units or persons, separated by &apos;;&apos;</source>
        <translation>Đơn vị hoặc cá nhân, cách nhau bởi dấu &apos;;&apos;</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="123"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="124"/>
        <location filename="../../client/ui/secret_entry_form.py" line="125"/>
        <source>Processing deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="133"/>
        <source>or type the name of the person who keeps it</source>
        <translation>hoặc gõ tên người đang giữ bản gốc</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="136"/>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="137"/>
        <source>Document &amp;type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="138"/>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="139"/>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="145"/>
        <source>Arrival number:</source>
        <translation>Số đến:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="146"/>
        <source>Arrival date:</source>
        <translation>Ngày đến:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="148"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="149"/>
        <source>Secrecy:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="150"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="153"/>
        <source>&amp;Handler:</source>
        <translation>&amp;Người xử lý:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="157"/>
        <source>&amp;Original kept at:</source>
        <translation>Nơi lưu &amp;bản gốc:</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="170"/>
        <source>&amp;Register the entry</source>
        <translation>&amp;Vào sổ</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="171"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="244"/>
        <source>where the original is kept</source>
        <translation>nơi lưu bản gốc</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="245"/>
        <source>number and symbol</source>
        <translation>số ký hiệu</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="245"/>
        <source>document type</source>
        <translation>loại văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="247"/>
        <source>Please check: %1</source>
        <translation>Vui lòng kiểm tra: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="250"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_entry_form.py" line="255"/>
        <source>The entry was not saved: %1</source>
        <translation>Mục đăng ký chưa được lưu: %1</translation>
    </message>
</context>
<context>
    <name>SecretPurgeNotice</name>
    <message numerus="yes">
        <location filename="../../client/ui/secret_purge_notice.py" line="18"/>
        <source>%n secret document(s) on this computer were reduced to register entries: their summary, files and text were erased, as Law 117/2025 forbids keeping a secret document&apos;s content on a networked computer. Their register lines stay. Handle the originals on paper or in the secret-document system.</source>
        <translation>
            <numerusform>%n văn bản mật trên máy này đã được chuyển thành mục đăng ký: trích yếu, tệp và nội dung của chúng đã bị xóa, vì Luật 117/2025 cấm lưu giữ nội dung văn bản mật trên máy tính có kết nối mạng. Các dòng trong sổ đăng ký vẫn được giữ. Hãy xử lý bản gốc trên giấy hoặc trong hệ thống văn bản mật.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/secret_purge_notice.py" line="32"/>
        <source>Secret documents are register entries only</source>
        <translation>Văn bản mật chỉ là mục đăng ký</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="33"/>
        <source>Send the document</source>
        <translation>Gửi văn bản</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="36"/>
        <source>Recipient units</source>
        <translation>Đơn vị nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="37"/>
        <source>The document is sent at the next sync; each unit receives its own copy.</source>
        <translation>Văn bản được gửi ở lần đồng bộ tới; mỗi đơn vị nhận một bản riêng.</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="40"/>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="42"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="47"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="83"/>
        <source>Choose at least one unit to send to.</source>
        <translation>Hãy chọn ít nhất một đơn vị nhận.</translation>
    </message>
    <message>
        <location filename="../../client/ui/send_dialog.py" line="96"/>
        <source>Not sent: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="37"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="38"/>
        <source>CA certificate</source>
        <translation>Chứng thư CA</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="39"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="40"/>
        <location filename="../../client/ui/settings_dialog.py" line="79"/>
        <source>Sync interval (minutes)</source>
        <translation>Chu kỳ đồng bộ (phút)</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="41"/>
        <location filename="../../client/ui/settings_dialog.py" line="74"/>
        <source>Lock after idle (minutes)</source>
        <translation>Khóa khi không dùng (phút)</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="42"/>
        <source>Download at once up to (MB)</source>
        <translation>Tải ngay tệp tới (MB)</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="43"/>
        <location filename="../../client/ui/settings_dialog.py" line="69"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="44"/>
        <source>Unencrypted http allowed (pilot)</source>
        <translation>Cho phép http không mã hóa (thí điểm)</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="45"/>
        <source>Trusted signature authorities</source>
        <translation>Tổ chức chứng thực chữ ký số tin cậy</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="46"/>
        <source>Signing token driver</source>
        <translation>Trình điều khiển thiết bị ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="47"/>
        <source>Update channel</source>
        <translation>Kênh cập nhật</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="48"/>
        <source>Update channel root metadata</source>
        <translation>Siêu dữ liệu gốc của kênh cập nhật</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="49"/>
        <source>Installing updates</source>
        <translation>Cài đặt bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="50"/>
        <source>Text recognition models folder</source>
        <translation>Thư mục mô hình nhận dạng chữ</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="64"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="76"/>
        <location filename="../../client/ui/settings_dialog.py" line="81"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="84"/>
        <source>Your settings</source>
        <translation>Cài đặt của bạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="87"/>
        <source>Lock after &amp;idle:</source>
        <translation>&amp;Khóa khi không dùng sau:</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="88"/>
        <source>&amp;Sync every:</source>
        <translation>Đồng &amp;bộ mỗi:</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="89"/>
        <source>A new sync interval applies from the next sign-in.</source>
        <translation>Chu kỳ đồng bộ mới có hiệu lực từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="93"/>
        <source>This computer&apos;s configuration</source>
        <translation>Cấu hình của máy tính này</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="95"/>
        <location filename="../../client/ui/settings_dialog.py" line="120"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="111"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="128"/>
        <location filename="../../client/ui/settings_dialog.py" line="139"/>
        <source>Set by your administrator</source>
        <translation>Do quản trị viên thiết lập</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="139"/>
        <source>Set by policy</source>
        <translation>Do chính sách nhóm (Group Policy) thiết lập</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="149"/>
        <source>Read from %1</source>
        <translation>Đọc từ %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="150"/>
        <source>No configuration file on this computer: the defaults apply.</source>
        <translation>Máy tính này không có tệp cấu hình: dùng giá trị mặc định.</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="156"/>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message>
        <location filename="../../client/ui/settings_dialog.py" line="171"/>
        <source>At most %1 minutes on this computer.</source>
        <translation>Tối đa %1 phút trên máy tính này.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="81"/>
        <source>Sign with your token</source>
        <translation>Ký số bằng thiết bị ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="82"/>
        <source>Apply the agency signature</source>
        <translation>Ký số của cơ quan</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="85"/>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="88"/>
        <source>Token PIN</source>
        <translation>Mã PIN thiết bị ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="89"/>
        <source>Signature image</source>
        <translation>Ảnh chữ ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="90"/>
        <source>Seal image</source>
        <translation>Ảnh con dấu</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="94"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="95"/>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="97"/>
        <source>Your signature (blue):</source>
        <translation>Chữ ký của đồng chí (màu xanh):</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="98"/>
        <source>Unit seal (red):</source>
        <translation>Con dấu của cơ quan (màu đỏ):</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="99"/>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="102"/>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="111"/>
        <source>Reading the token…</source>
        <translation>Đang đọc thiết bị ký số…</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="134"/>
        <source>The token holds no certificate to sign with.</source>
        <translation>Thiết bị ký số không có chứng thư số nào để ký.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="171"/>
        <source>The image cannot be read: %1</source>
        <translation>Không đọc được ảnh: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_dialog.py" line="145"/>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="49"/>
        <source>Commune Office — sign in</source>
        <translation>Văn phòng xã — đăng nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="53"/>
        <source>Profile</source>
        <translation>Hồ sơ người dùng</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="56"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="57"/>
        <source>Stay signed in on this computer</source>
        <translation>Duy trì đăng nhập trên máy này</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="58"/>
        <source>Stay signed in</source>
        <translation>Duy trì đăng nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="63"/>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="65"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="71"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="75"/>
        <source>On this computer</source>
        <translation>Trên máy này</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="76"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="79"/>
        <source>Sign in to your office</source>
        <translation>Đăng nhập văn phòng</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="95"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="98"/>
        <source>Set by your administrator for this computer.</source>
        <translation>Do quản trị viên đặt cho máy này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="100"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="103"/>
        <source>Password on the server</source>
        <translation>Mật khẩu trên hệ thống</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="105"/>
        <source>The first time on this computer, or after a long time offline, sign in with the user name and password of the platform. The office&apos;s documents are then downloaded and kept encrypted here.</source>
        <translation>Lần đầu dùng trên máy này, hoặc sau thời gian dài không có mạng, hãy đăng nhập bằng tên và mật khẩu của hệ thống. Văn bản của cơ quan sẽ được tải về và lưu mã hóa trên máy này.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="111"/>
        <source>Ser&amp;ver:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="112"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="113"/>
        <source>Passwo&amp;rd:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="138"/>
        <source>There is no profile on this computer yet: sign in online.</source>
        <translation>Máy này chưa có hồ sơ nào: hãy đăng nhập trực tuyến.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="160"/>
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="165"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="185"/>
        <source>Type the server address, starting with https://.</source>
        <translation>Hãy nhập địa chỉ máy chủ, bắt đầu bằng https://.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="188"/>
        <source>Type your user name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="193"/>
        <source>Signing in online…</source>
        <translation>Đang đăng nhập trực tuyến…</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="213"/>
        <source>Wrong password. Nothing was changed; try again.</source>
        <translation>Sai mật khẩu. Không có gì bị thay đổi; vui lòng thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="217"/>
        <source>This profile has not reached the server for more than %1 hours, the limit set for your unit. Sign in online to unlock it.</source>
        <translation>Hồ sơ này đã không kết nối máy chủ quá %1 giờ, mức giới hạn của đơn vị. Hãy đăng nhập trực tuyến để mở khóa.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="220"/>
        <source>The server refused the user name or password. Check them and try again.</source>
        <translation>Máy chủ không chấp nhận tên đăng nhập hoặc mật khẩu. Hãy kiểm tra rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="223"/>
        <source>The server refused the sign-in: %1</source>
        <translation>Máy chủ từ chối đăng nhập: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="227"/>
        <source>This profile is already open in another window or program. Close it there first.</source>
        <translation>Hồ sơ này đang mở ở một cửa sổ hoặc chương trình khác. Hãy đóng ở đó trước.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sign_in_dialog.py" line="236"/>
        <source>Could not open the profile: %1</source>
        <translation>Không mở được hồ sơ: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="37"/>
        <source>Digital signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="73"/>
        <source>The signatures of this file have not been checked yet.</source>
        <translation>Chữ ký số của tệp này chưa được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="89"/>
        <source>Signed by: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="89"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="92"/>
        <source>(trusted timestamp)</source>
        <translation>(dấu thời gian tin cậy)</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="92"/>
        <source>(signer&apos;s clock)</source>
        <translation>(theo đồng hồ máy người ký)</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="93"/>
        <source>Signed at: %1 %2</source>
        <translation>Thời gian ký: %1 %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="95"/>
        <source>Certificate issued by: %1</source>
        <translation>Chứng thư số do %1 cấp</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="97"/>
        <source>Certificate valid: %1 – %2</source>
        <translation>Hiệu lực chứng thư số: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="101"/>
        <source>content unchanged since signing</source>
        <translation>nội dung không thay đổi kể từ khi ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="102"/>
        <source>signature covers the file</source>
        <translation>chữ ký bao trùm toàn bộ tệp</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="103"/>
        <source>certificate chain to a trusted authority</source>
        <translation>chuỗi chứng thư đến tổ chức chứng thực tin cậy</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="106"/>
        <source>revocation checked</source>
        <translation>đã kiểm tra thu hồi</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="107"/>
        <source>revocation not checked (offline)</source>
        <translation>chưa kiểm tra thu hồi (đang ngoại tuyến)</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_panel.py" line="109"/>
        <source>Problem: %1</source>
        <translation>Vấn đề: %1</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <location filename="../../client/ui/signature_text.py" line="13"/>
        <source>Signed: intact, chain valid, not revoked</source>
        <translation>Đã ký: nguyên vẹn, chuỗi chứng thư hợp lệ, không bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="14"/>
        <source>Signed: intact, chain valid, revocation not checked</source>
        <translation>Đã ký: nguyên vẹn, chuỗi chứng thư hợp lệ, chưa kiểm tra thu hồi</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="15"/>
        <source>Signature invalid</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="16"/>
        <source>Not signed</source>
        <translation>Chưa ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="20"/>
        <source>✔ Signed</source>
        <translation>✔ Đã ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="21"/>
        <source>✔ Signed (not checked online)</source>
        <translation>✔ Đã ký (chưa kiểm tra trực tuyến)</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="22"/>
        <source>✖ Invalid</source>
        <translation>✖ Không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="23"/>
        <source>Unsigned</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="28"/>
        <source>The file was changed after it was signed.</source>
        <translation>Tệp đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="29"/>
        <source>The signature does not cover the whole file.</source>
        <translation>Chữ ký không bao trùm toàn bộ tệp.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="30"/>
        <source>The signature does not match the signed content.</source>
        <translation>Chữ ký không khớp với nội dung đã ký.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="31"/>
        <source>The signature is malformed.</source>
        <translation>Chữ ký sai cấu trúc.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="32"/>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="33"/>
        <source>The signer&apos;s certificate has expired.</source>
        <translation>Chứng thư số của người ký đã hết hạn.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="34"/>
        <source>The signer&apos;s certificate was not yet valid.</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="35"/>
        <source>The certificate does not come from a trusted certification authority.</source>
        <translation>Chứng thư số không do tổ chức chứng thực tin cậy cấp.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="37"/>
        <source>The certificate chain is broken.</source>
        <translation>Chuỗi chứng thư số bị đứt.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="38"/>
        <source>The file is encrypted and cannot be checked.</source>
        <translation>Tệp đã mã hóa, không kiểm tra được.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="39"/>
        <source>The file is not a readable PDF.</source>
        <translation>Tệp không phải PDF đọc được.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="40"/>
        <source>The file is too large to check.</source>
        <translation>Tệp quá lớn để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="41"/>
        <source>The check took too long and was stopped.</source>
        <translation>Việc kiểm tra quá lâu nên đã dừng.</translation>
    </message>
    <message>
        <location filename="../../client/ui/signature_text.py" line="42"/>
        <source>The check stopped unexpectedly.</source>
        <translation>Việc kiểm tra dừng bất thường.</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <location filename="../../client/ui/demo.py" line="32"/>
        <location filename="../../client/ui/demo.py" line="75"/>
        <source>Commune Office — demo</source>
        <translation>Commune Office — bản dùng thử</translation>
    </message>
    <message>
        <location filename="../../client/ui/demo.py" line="33"/>
        <source>Starting the demo office: the reference server with demo data, then signing in as %1…</source>
        <translation>Đang khởi động văn phòng dùng thử: máy chủ mẫu với dữ liệu mẫu, rồi đăng nhập với tài khoản %1…</translation>
    </message>
    <message>
        <location filename="../../client/ui/demo.py" line="76"/>
        <source>The demo could not start: %1</source>
        <translation>Không khởi động được bản dùng thử: %1</translation>
    </message>
</context>
<context>
    <name>SymbolAssist</name>
    <message>
        <location filename="../../client/ui/symbol_assist.py" line="65"/>
        <source>arrival no. %1 of %2</source>
        <translation>số đến %1, ngày %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/symbol_assist.py" line="68"/>
        <source>Already in the register: %1 from the same issuer (%2). Register it again only if this is a second copy.</source>
        <translation>Đã có trong sổ: %1 của cùng tác giả (%2). Chỉ vào sổ lại nếu đây là bản thứ hai.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../client/ui/sync_controller.py" line="127"/>
        <source>A sync is running; try again when it has finished.</source>
        <translation>Đang đồng bộ; hãy thử lại khi đồng bộ xong.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../client/ui/sync_status.py" line="71"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="81"/>
        <source>Transfer progress</source>
        <translation>Tiến độ truyền</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="84"/>
        <source>Cancel the sync (Ctrl+Shift+X)</source>
        <translation>Dừng đồng bộ (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="85"/>
        <source>Cancel the sync</source>
        <translation>Dừng đồng bộ</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="101"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="104"/>
        <source>Sync failing</source>
        <translation>Đồng bộ đang lỗi</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="106"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="106"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="109"/>
        <source>The server answers, but the sync did not finish.</source>
        <translation>Máy chủ có phản hồi nhưng đồng bộ chưa hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="110"/>
        <source>Connected to the server.</source>
        <translation>Đã kết nối máy chủ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="111"/>
        <source>Working offline. Your changes are saved and will be sent when the connection returns.</source>
        <translation>Đang làm việc ngoại tuyến. Các thay đổi được lưu và sẽ gửi khi có mạng.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="115"/>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="116"/>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="117"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="119"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="121"/>
        <source>Click to see the refused changes</source>
        <translation>Bấm để xem các thay đổi bị từ chối</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="123"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/sync_status.py" line="125"/>
        <source>%n item(s) not received</source>
        <translation>
            <numerusform>%n mục chưa nhận được</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="150"/>
        <source>%1 belongs to another unit and was not stored.</source>
        <translation>%1 thuộc đơn vị khác nên không được lưu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="151"/>
        <source>%1 holds characters that cannot be stored and was not stored.</source>
        <translation>%1 chứa ký tự không lưu được nên không được lưu.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="154"/>
        <source>The file %1 did not arrive intact; it is tried again at the next sync.</source>
        <translation>Tệp %1 tải về không toàn vẹn; sẽ thử lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="174"/>
        <source>Sending changes</source>
        <translation>Đang gửi thay đổi</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="175"/>
        <source>Uploading attachments</source>
        <translation>Đang tải lên tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="176"/>
        <source>Downloading the office&apos;s records</source>
        <translation>Đang tải dữ liệu của cơ quan</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="177"/>
        <source>Receiving changes</source>
        <translation>Đang nhận thay đổi</translation>
    </message>
    <message>
        <location filename="../../client/ui/sync_status.py" line="178"/>
        <source>Downloading attachments</source>
        <translation>Đang tải tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>TaskChart</name>
    <message>
        <location filename="../../client/ui/task_chart.py" line="30"/>
        <location filename="../../client/ui/task_chart.py" line="37"/>
        <source>Task status per resolution</source>
        <translation>Trạng thái nhiệm vụ theo nghị quyết</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="26"/>
        <source>Resolution / task</source>
        <translation>Nghị quyết / nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="27"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="28"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="29"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/task_tree.py" line="139"/>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/task_tree.py" line="157"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/task_tree.py" line="158"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="151"/>
        <source>Tasks by resolution</source>
        <translation>Nhiệm vụ theo nghị quyết</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="156"/>
        <source>&amp;Overdue only</source>
        <translation>Chỉ &amp;quá hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="158"/>
        <source>&amp;Report progress…</source>
        <translation>&amp;Báo cáo tiến độ…</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="160"/>
        <source>Send a progress report on the chosen task (Ctrl+R)</source>
        <translation>Gửi báo cáo tiến độ của nhiệm vụ đang chọn (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="164"/>
        <source>Progress reports</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="166"/>
        <location filename="../../client/ui/tasks_view.py" line="253"/>
        <source>Choose a task.</source>
        <translation>Chọn một nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="171"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="180"/>
        <source>Progress reports:</source>
        <translation>Các báo cáo tiến độ:</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="259"/>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="261"/>
        <source>%1
Deadline: %2 · Status: %3 · Progress: %4%</source>
        <translation>%1
Thời hạn: %2 · Trạng thái: %3 · Tiến độ: %4%</translation>
    </message>
    <message>
        <location filename="../../client/ui/tasks_view.py" line="274"/>
        <source>No report yet.</source>
        <translation>Chưa có báo cáo.</translation>
    </message>
</context>
<context>
    <name>TokenScreen</name>
    <message>
        <location filename="../../client/ui/token_screen.py" line="39"/>
        <source>Signing token</source>
        <translation>Thiết bị ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="41"/>
        <source>Token module</source>
        <translation>Trình điều khiển thiết bị ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="45"/>
        <source>Token / certificate</source>
        <translation>Thiết bị / chứng thư số</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="45"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="45"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="46"/>
        <source>Tokens and certificates</source>
        <translation>Thiết bị ký số và chứng thư số</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="49"/>
        <source>Token PIN</source>
        <translation>Mã PIN thiết bị ký số</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="50"/>
        <source>Test signature</source>
        <translation>Ký thử</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="55"/>
        <source>Module:</source>
        <translation>Trình điều khiển:</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="56"/>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="76"/>
        <source>No token module was found on this computer. Install the token&apos;s driver, or ask your administrator to set pkcs11_module.</source>
        <translation>Không tìm thấy trình điều khiển thiết bị ký số trên máy này. Hãy cài trình điều khiển của thiết bị, hoặc đề nghị quản trị viên đặt pkcs11_module.</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="87"/>
        <source>Reading the token…</source>
        <translation>Đang đọc thiết bị ký số…</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="96"/>
        <source>Slot %1: %2</source>
        <translation>Khe %1: %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="100"/>
        <source>expired</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="100"/>
        <source>authority</source>
        <translation>tổ chức chứng thực</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="101"/>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="107"/>
        <source>No token is plugged in.</source>
        <translation>Chưa cắm thiết bị ký số.</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="112"/>
        <source>PIN ready</source>
        <translation>Mã PIN sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="112"/>
        <source>few PIN tries left</source>
        <translation>còn ít lần thử mã PIN</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="113"/>
        <source>one PIN try left</source>
        <translation>còn một lần thử mã PIN</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="113"/>
        <source>PIN locked</source>
        <translation>mã PIN đã bị khóa</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="122"/>
        <source>Signing a test page…</source>
        <translation>Đang ký thử một trang…</translation>
    </message>
    <message>
        <location filename="../../client/ui/token_screen.py" line="132"/>
        <source>The token signed a test page. %1</source>
        <translation>Thiết bị đã ký thử một trang. %1</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../../client/ui/trail_view.py" line="29"/>
        <source>Processing trail</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="37"/>
        <source>Nothing has happened to this document yet.</source>
        <translation>Văn bản chưa có bước xử lý nào.</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="45"/>
        <source>the server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="48"/>
        <source>(waiting to be sent)</source>
        <translation>(chờ gửi)</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="66"/>
        <source>(unknown person)</source>
        <translation>(không rõ người)</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="75"/>
        <source>Entered the document (%1)</source>
        <translation>Nhập văn bản (%1)</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="77"/>
        <source>Received the document from %1</source>
        <translation>Nhận văn bản từ %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="77"/>
        <source>another unit</source>
        <translation>đơn vị khác</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="79"/>
        <source>Entered in the incoming register</source>
        <translation>Vào sổ văn bản đến</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="81"/>
        <source>Submitted to %1</source>
        <translation>Trình đồng chí %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="83"/>
        <source>Assigned to %1 (main handler)</source>
        <translation>Giao đồng chí %1 chủ trì xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="84"/>
        <source>Forwarded to %1 (main handler)</source>
        <translation>Chuyển đồng chí %1 chủ trì xử lý</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="86"/>
        <source>co-handlers: %1</source>
        <translation>phối hợp: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="88"/>
        <source>informed: %1</source>
        <translation>xem để biết: %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="91"/>
        <source>Returned to the leader</source>
        <translation>Trả lại lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="93"/>
        <source>Sent to %1</source>
        <translation>Gửi đến %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="93"/>
        <source>the recipients</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="95"/>
        <source>Status: %1 → %2</source>
        <translation>Trạng thái: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="99"/>
        <source>Corrected %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="100"/>
        <source>Changed %1</source>
        <translation>Thay đổi %1</translation>
    </message>
    <message>
        <location filename="../../client/ui/trail_view.py" line="100"/>
        <source>Changed the document</source>
        <translation>Thay đổi văn bản</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../client/ui/tray.py" line="36"/>
        <source>Commune Office</source>
        <translation>Commune Office</translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="38"/>
        <source>Show the window</source>
        <translation>Hiện cửa sổ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/tray.py" line="56"/>
        <source>%n new incoming document(s)</source>
        <translation>
            <numerusform>%n văn bản đến mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/tray.py" line="66"/>
        <source>%n deadline(s) within %1 days</source>
        <translation>
            <numerusform>%n việc đến hạn trong %1 ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="72"/>
        <source>An update is ready</source>
        <translation>Đã có bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="73"/>
        <source>Version %1 will be installed the next time Commune Office starts.</source>
        <translation>Phiên bản %1 sẽ được cài đặt vào lần khởi động Commune Office tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../client/ui/tray.py" line="78"/>
        <source>An update was refused</source>
        <translation>Một bản cập nhật bị từ chối</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="20"/>
        <source>Processing time per month</source>
        <translation>Thời gian xử lý theo tháng</translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="28"/>
        <source>Processing time per month (days from arrival to done)</source>
        <translation>Thời gian xử lý theo tháng (số ngày từ khi đến tới khi xong)</translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="31"/>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="32"/>
        <source>90th percentile</source>
        <translation>Phân vị 90</translation>
    </message>
    <message>
        <location filename="../../client/ui/trend_chart.py" line="45"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="70"/>
        <source>An update is ready</source>
        <translation>Đã có bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="71"/>
        <source>Version %1 of Commune Office is ready to install. Install it now? The program closes while it installs; open it again in a minute or two.</source>
        <translation>Phiên bản %1 của Commune Office đã sẵn sàng để cài đặt. Cài đặt ngay bây giờ? Chương trình sẽ đóng trong khi cài đặt; hãy mở lại sau một hai phút.</translation>
    </message>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="74"/>
        <source>Install now</source>
        <translation>Cài đặt ngay</translation>
    </message>
    <message>
        <location filename="../../client/ui/update_prompt.py" line="75"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
</TS>
