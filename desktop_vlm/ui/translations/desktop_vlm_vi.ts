<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="55"/>
        <source>Preview of %s with its tile grid</source>
        <translation>Xem trước %s cùng lưới ô</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="58"/>
        <source>Remove %s</source>
        <translation>Gỡ %s</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="80"/>
        <source>Pages…</source>
        <translation>Trang…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="81"/>
        <source>Choose the pages of %s to send</source>
        <translation>Chọn các trang của %s để gửi</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="89"/>
        <source> · %d frames</source>
        <translation> · %d khung hình</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="94"/>
        <source> · page %d of %d</source>
        <translation> · trang %d / %d</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="95"/>
        <source> · pages %s of %d</source>
        <translation> · các trang %s / %d</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="102"/>
        <source>Pages to send</source>
        <translation>Các trang sẽ gửi</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="103"/>
        <source>Pages of %d (e.g. 1-3, 5; at most 8)</source>
        <translation>Các trang (trong tổng số %d; ví dụ 1-3, 5; tối đa 8)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="34"/>
        <source>cut off — Desktop VLM closed before the answer finished</source>
        <translation>bị cắt ngang — Desktop VLM đã đóng trước khi câu trả lời xong</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="35"/>
        <source>stopped — partial answer</source>
        <translation>đã dừng — câu trả lời dở dang</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="36"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="199"/>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="215"/>
        <source>Drop a screenshot, photo, PDF or video, and ask about it.</source>
        <translation>Thả ảnh chụp màn hình, ảnh, PDF hoặc video vào đây rồi đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="283"/>
        <source>Edit question</source>
        <translation>Sửa câu hỏi</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="284"/>
        <source>The answers after it will be replaced.</source>
        <translation>Các câu trả lời sau đó sẽ được thay thế.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="123"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>Hỏi về ảnh, tài liệu hoặc video… (kéo thả hoặc dán tệp vào đây)</translation>
    </message>
    <message>
        <location filename="../composer.py" line="124"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="129"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="130"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../composer.py" line="131"/>
        <location filename="../composer.py" line="260"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="133"/>
        <location filename="../composer.py" line="261"/>
        <source>Send question</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="244"/>
        <source>%s image tokens in this message</source>
        <translation>%s token ảnh trong tin nhắn này</translation>
    </message>
    <message>
        <location filename="../composer.py" line="260"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../composer.py" line="261"/>
        <source>Stop answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <location filename="../composer.py" line="274"/>
        <source>Preparing %d attachment(s)… the question is sent when they are ready.</source>
        <translation>Đang chuẩn bị %d tệp đính kèm… câu hỏi sẽ được gửi khi xong.</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location filename="../conversation_list.py" line="28"/>
        <location filename="../conversation_list.py" line="29"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="32"/>
        <location filename="../conversation_list.py" line="33"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="39"/>
        <source>Conversations</source>
        <translation>Các cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="86"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="87"/>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="87"/>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="88"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="90"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../errors.py" line="35"/>
        <source>Dismiss message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>ExtractionHelper</name>
    <message>
        <location filename="../extraction.py" line="40"/>
        <source>File → Export extracted data… saves it as CSV or JSON.</source>
        <translation>Tệp → Xuất dữ liệu đã trích xuất… sẽ lưu dữ liệu dưới dạng CSV hoặc JSON.</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="42"/>
        <source>%s: no usable JSON in the answer.</source>
        <translation>%s: câu trả lời không có JSON dùng được.</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="44"/>
        <source>%s extracted, with issues: %s</source>
        <translation>Đã trích xuất %s, nhưng có vấn đề: %s</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="47"/>
        <source>%s extracted and checked.</source>
        <translation>Đã trích xuất và kiểm tra %s.</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="54"/>
        <source>Export extracted data</source>
        <translation>Xuất dữ liệu đã trích xuất</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../history_actions.py" line="20"/>
        <source>Rename conversation</source>
        <translation>Đổi tên cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="20"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="30"/>
        <source>Delete conversation</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="31"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>Xóa cuộc trò chuyện này và các tệp đính kèm?</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="43"/>
        <source>Export conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="52"/>
        <source>Export all conversations</source>
        <translation>Xuất tất cả cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="52"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="56"/>
        <source>Export all conversations to</source>
        <translation>Xuất tất cả cuộc trò chuyện vào</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="63"/>
        <source>Could not export to %s: %s.</source>
        <translation>Không thể xuất vào %s: %s.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="64"/>
        <source>Choose another folder, or free some space.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="67"/>
        <source>%d conversation(s) exported to %s</source>
        <translation>Đã xuất %d cuộc trò chuyện vào %s</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="71"/>
        <source>Import conversation</source>
        <translation>Nhập cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="77"/>
        <source>This file is not a conversation export.</source>
        <translation>Tệp này không phải là bản xuất cuộc trò chuyện.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>Desktop VLM</source>
        <translation>Desktop VLM</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Screenshot a region…</source>
        <translation>Chụp một vùng màn hình…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Export all conversations…</source>
        <translation>Xuất tất cả cuộc trò chuyện…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Import conversation (JSON)…</source>
        <translation>Nhập cuộc trò chuyện (JSON)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Chat</source>
        <translation>&amp;Trò chuyện</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>Extract data as</source>
        <translation>Trích xuất dữ liệu dạng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Export extracted data…</source>
        <translation>Xuất dữ liệu đã trích xuất…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Models</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Load model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Use a remote endpoint…</source>
        <translation>Dùng máy chủ từ xa…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Unload model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>Settings panel</source>
        <translation>Bảng cài đặt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>No model is loaded yet.</source>
        <translation>Chưa tải mô hình nào.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation>Hãy tải về hoặc chọn một mô hình trong Mô hình → Quản lý mô hình… (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>No model yet: &lt;a href=&quot;models&quot;&gt;download or choose one&lt;/a&gt; (Models → Manage models…, Ctrl+M), then drop a screenshot, photo, PDF or video here and ask about it.</source>
        <translation>Chưa có mô hình: &lt;a href=&quot;models&quot;&gt;tải về hoặc chọn một mô hình&lt;/a&gt; (Mô hình → Quản lý mô hình…, Ctrl+M), rồi thả ảnh chụp màn hình, ảnh, PDF hoặc video vào đây và đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Drop a screenshot, photo, PDF or video, and ask about it.</source>
        <translation>Thả ảnh chụp màn hình, ảnh, PDF hoặc video vào đây rồi đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Choose a model folder</source>
        <translation>Chọn thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>Could not save %s: %s.</source>
        <translation>Không thể lưu %s: %s.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
        <source>Choose another folder, or free some space.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>Images, videos, PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;All files (*)</source>
        <translation>Ảnh, video, PDF (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="111"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="111"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="156"/>
        <source>Attachment %s</source>
        <translation>Tệp đính kèm %s</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="122"/>
        <source>Message text</source>
        <translation>Nội dung tin nhắn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="128"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="129"/>
        <source>Copy message</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="133"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="134"/>
        <source>Edit question and resend</source>
        <translation>Sửa câu hỏi và gửi lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="138"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="139"/>
        <source>Regenerate answer</source>
        <translation>Tạo lại câu trả lời</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../model_dialog.py" line="58"/>
        <location filename="../model_dialog.py" line="69"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="62"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="62"/>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="71"/>
        <source>Download progress</source>
        <translation>Tiến độ tải về</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="76"/>
        <location filename="../model_dialog.py" line="115"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="79"/>
        <location filename="../model_dialog.py" line="117"/>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="81"/>
        <source>16-bit</source>
        <translation>16-bit</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="81"/>
        <source>8-bit (int8)</source>
        <translation>8-bit (int8)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="81"/>
        <source>4-bit (int4)</source>
        <translation>4-bit (int4)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="83"/>
        <source>Language-model weights</source>
        <translation>Trọng số mô hình ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="84"/>
        <source>Weight-only quantisation of the language model: less memory, slightly different answers. On the CPU, 8-bit answers about 3× slower than 16-bit (it only saves memory there). Needs the &apos;quantization&apos; extra.</source>
        <translation>Lượng tử hóa chỉ trọng số của mô hình ngôn ngữ: tốn ít bộ nhớ hơn, câu trả lời hơi khác. Trên CPU, 8-bit trả lời chậm hơn khoảng 3 lần so với 16-bit (ở đó nó chỉ giúp tiết kiệm bộ nhớ). Cần gói bổ sung &apos;quantization&apos;.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="95"/>
        <source>Download / resume</source>
        <translation>Tải về / tiếp tục</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="95"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="96"/>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="96"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="97"/>
        <source>Import folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="97"/>
        <source>Use this model</source>
        <translation>Dùng mô hình này</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="106"/>
        <source>for gated models; stored in the system keyring</source>
        <translation>cho các mô hình bị giới hạn truy cập; lưu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="107"/>
        <source>Save hub settings</source>
        <translation>Lưu cài đặt hub</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="110"/>
        <source>Hub endpoint / mirror</source>
        <translation>Địa chỉ hub / máy chủ mirror</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="111"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="112"/>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="133"/>
        <source>%s is installed.</source>
        <translation>Đã cài %s.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="135"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="161"/>
        <source>Memory (%s)</source>
        <translation>Bộ nhớ (%s)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="194"/>
        <source>damaged: verify, or download again</source>
        <translation>bị hỏng: kiểm tra lại, hoặc tải về lại</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="196"/>
        <source>installed, verified</source>
        <translation>đã cài, đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="197"/>
        <source>installed</source>
        <translation>đã cài</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="192"/>
        <source>downloading</source>
        <translation>đang tải</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="192"/>
        <source>not installed</source>
        <translation>chưa cài</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="232"/>
        <source>%s: every file verified.</source>
        <translation>%s: mọi tệp đều đã được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="238"/>
        <source>Delete model</source>
        <translation>Xóa mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="238"/>
        <source>Delete %s from disk?</source>
        <translation>Xóa %s khỏi ổ đĩa?</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="242"/>
        <source>Choose a model folder to import</source>
        <translation>Chọn thư mục mô hình để nhập</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="245"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="245"/>
        <source>Copy the folder into the model store? (No: use it where it is.)</source>
        <translation>Sao chép thư mục vào kho mô hình? (Không: dùng thư mục tại chỗ.)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="256"/>
        <source>Download or import the model first.</source>
        <translation>Hãy tải về hoặc nhập mô hình trước.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="264"/>
        <source>Hub settings saved.</source>
        <translation>Đã lưu cài đặt hub.</translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../status_view.py" line="28"/>
        <location filename="../status_view.py" line="69"/>
        <location filename="../status_view.py" line="75"/>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="32"/>
        <source>Loading the model</source>
        <translation>Đang tải mô hình</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="48"/>
        <source>Loading %s…</source>
        <translation>Đang tải %s…</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="58"/>
        <source>Loading: %s…</source>
        <translation>Đang tải: %s…</translation>
    </message>
</context>
<context>
    <name>PromptEstimate</name>
    <message>
        <location filename="../prompt_estimate.py" line="40"/>
        <source>⚠ about %s tokens with the answer: more than the model&apos;s context of %s. Use fewer tiles or frames; otherwise the oldest turns are left out.</source>
        <translation>⚠ khoảng %s token tính cả câu trả lời: vượt quá ngữ cảnh %s token của mô hình. Hãy dùng ít ô hoặc khung hình hơn; nếu không, các lượt cũ nhất sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="43"/>
        <source>%s image tokens</source>
        <translation>%s token ảnh</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="44"/>
        <source>prompt ≈ %s of %s tokens</source>
        <translation>lời nhắc ≈ %s / %s token</translation>
    </message>
</context>
<context>
    <name>RegionGrabber</name>
    <message>
        <location filename="../screenshot.py" line="23"/>
        <source>Select a region of the screen; Escape cancels</source>
        <translation>Chọn một vùng màn hình; nhấn Escape để hủy</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../remote_dialog.py" line="14"/>
        <source>Use a remote endpoint</source>
        <translation>Dùng máy chủ từ xa</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="18"/>
        <source>Endpoint URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="21"/>
        <source>Model name on the server</source>
        <translation>Tên mô hình trên máy chủ</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="24"/>
        <location filename="../remote_dialog.py" line="37"/>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="25"/>
        <source>kept in the system keyring; leave empty to use the kept one</source>
        <translation>lưu trong kho khóa của hệ thống; để trống để dùng khóa đã lưu</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="26"/>
        <source>Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). Images are sent to that server.</source>
        <translation>Bất kỳ máy chủ thị giác nào tương thích với OpenAI (LMDeploy, vLLM, desktop-vlm serve). Ảnh sẽ được gửi tới máy chủ đó.</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="35"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="36"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="53"/>
        <source>Name the model the server serves (see its /v1/models).</source>
        <translation>Nhập tên mô hình mà máy chủ cung cấp (xem /v1/models của nó).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../settings_panel.py" line="35"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="39"/>
        <source>Model&apos;s default system prompt</source>
        <translation>Lời nhắc hệ thống mặc định của mô hình</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="40"/>
        <location filename="../settings_panel.py" line="43"/>
        <source>System prompt</source>
        <translation>Lời nhắc hệ thống</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="47"/>
        <source>What the model sees</source>
        <translation>Những gì mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="50"/>
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="50"/>
        <source>Balanced</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="50"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="52"/>
        <source>Tile preset</source>
        <translation>Cấu hình ô sẵn</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="55"/>
        <source>Maximum tiles per image</source>
        <translation>Số ô tối đa cho mỗi ảnh</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="57"/>
        <source>Image tokens per tile</source>
        <translation>Số token ảnh cho mỗi ô</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="61"/>
        <location filename="../settings_panel.py" line="68"/>
        <source>Video frames</source>
        <translation>Khung hình video</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="65"/>
        <source>Preset</source>
        <translation>Cấu hình sẵn</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="66"/>
        <source>Max tiles</source>
        <translation>Số ô tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="67"/>
        <source>Image tokens</source>
        <translation>Token ảnh</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="72"/>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="74"/>
        <source>Deterministic (greedy)</source>
        <translation>Xác định (greedy)</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="75"/>
        <location filename="../settings_panel.py" line="83"/>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="76"/>
        <location filename="../settings_panel.py" line="84"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="77"/>
        <location filename="../settings_panel.py" line="85"/>
        <source>Repetition penalty</source>
        <translation>Phạt lặp lại</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="81"/>
        <source>Maximum new tokens</source>
        <translation>Số token mới tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="86"/>
        <source>Max new tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="156"/>
        <source>Running on the CPU: every tile costs seconds, so images default to %d tiles. Raise Max tiles if you can wait.</source>
        <translation>Đang chạy trên CPU: mỗi ô tốn vài giây, nên mặc định mỗi ảnh dùng %d ô. Hãy tăng Số ô tối đa nếu bạn có thể chờ.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../errors.py" line="14"/>
        <source>Desktop VLM</source>
        <translation>Desktop VLM</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../main.py" line="27"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation>Cơ sở dữ liệu lịch sử bị hỏng; nó đã được chuyển sang chỗ khác và một cơ sở dữ liệu mới đã được tạo.</translation>
    </message>
</context>
</TS>
