<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../composer.py" line="79"/>
        <source>Preview of %s with its tile grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="82"/>
        <source>Remove %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="105"/>
        <source>Pages…</source>
        <translation>Trang…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="106"/>
        <source>Choose the pages of %s to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="115"/>
        <source>Pages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../composer.py" line="116"/>
        <source>Pages of %d (e.g. 1-3, 5; at most 8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="129"/>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="137"/>
        <source>Drop a screenshot, photo, PDF or video, and ask about it.</source>
        <translation>Thả ảnh chụp màn hình, ảnh, PDF hoặc video vào đây rồi đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="171"/>
        <source>Edit question</source>
        <translation>Sửa câu hỏi</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="172"/>
        <source>The answers after it will be replaced.</source>
        <translation>Các câu trả lời sau đó sẽ được thay thế.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="186"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>Hỏi về ảnh, tài liệu hoặc video… (kéo thả hoặc dán tệp vào đây)</translation>
    </message>
    <message>
        <location filename="../composer.py" line="187"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="192"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="193"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../composer.py" line="194"/>
        <location filename="../composer.py" line="282"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="196"/>
        <location filename="../composer.py" line="283"/>
        <source>Send question</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="276"/>
        <source>%s image tokens in this message</source>
        <translation>%s token ảnh trong tin nhắn này</translation>
    </message>
    <message>
        <location filename="../composer.py" line="282"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../composer.py" line="283"/>
        <source>Stop answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location filename="../conversation_list.py" line="27"/>
        <location filename="../conversation_list.py" line="28"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="31"/>
        <location filename="../conversation_list.py" line="32"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="36"/>
        <source>Conversations</source>
        <translation>Các cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="64"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="65"/>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="65"/>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="66"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="68"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="35"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractionHelper</name>
    <message>
        <location filename="../extraction.py" line="40"/>
        <source>File → Export extracted data… saves it as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../extraction.py" line="42"/>
        <source>%s: no usable JSON in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../extraction.py" line="44"/>
        <source>%s extracted, with issues: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../extraction.py" line="47"/>
        <source>%s extracted and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../extraction.py" line="53"/>
        <source>Export extracted data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../history_actions.py" line="19"/>
        <source>Rename conversation</source>
        <translation>Đổi tên cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="19"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="29"/>
        <source>Delete conversation</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="30"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>Xóa cuộc trò chuyện này và các tệp đính kèm?</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="39"/>
        <source>Export conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="46"/>
        <source>Export all conversations to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="51"/>
        <source>Import conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="56"/>
        <source>This file is not a conversation export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="38"/>
        <source>Desktop VLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <location filename="../main_window.py" line="129"/>
        <location filename="../main_window.py" line="218"/>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Screenshot a region…</source>
        <translation>Chụp một vùng màn hình…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Export all conversations…</source>
        <translation>Xuất tất cả cuộc trò chuyện…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Import conversation (JSON)…</source>
        <translation>Nhập cuộc trò chuyện (JSON)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>&amp;Chat</source>
        <translation>&amp;Trò chuyện</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Extract data as</source>
        <translation>Trích xuất dữ liệu dạng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>Export extracted data…</source>
        <translation>Xuất dữ liệu đã trích xuất…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;Models</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>Load model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Use a remote endpoint…</source>
        <translation>Dùng máy chủ từ xa…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Unload model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>Settings panel</source>
        <translation>Bảng cài đặt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>Loading: %s…</source>
        <translation>Đang tải: %s…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>No model is loaded yet.</source>
        <translation>Chưa tải mô hình nào.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>⚠ about %s tokens with the answer: more than the model&apos;s context of %s. Use fewer tiles or frames; otherwise the oldest turns are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Choose a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>Images, videos, PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>RAM %.1f GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="69"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="69"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="77"/>
        <source>Attachment %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="88"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="94"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="95"/>
        <source>Copy message</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="99"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="100"/>
        <source>Edit question and resend</source>
        <translation>Sửa câu hỏi và gửi lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="104"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="105"/>
        <source>Regenerate answer</source>
        <translation>Tạo lại câu trả lời</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../model_dialog.py" line="37"/>
        <location filename="../model_dialog.py" line="45"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="40"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="40"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="40"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="41"/>
        <source>Memory (bf16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="47"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="51"/>
        <location filename="../model_dialog.py" line="77"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="54"/>
        <location filename="../model_dialog.py" line="79"/>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="57"/>
        <source>Download / resume</source>
        <translation>Tải về / tiếp tục</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="57"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="58"/>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="58"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="59"/>
        <source>Import folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="59"/>
        <source>Use this model</source>
        <translation>Dùng mô hình này</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="68"/>
        <source>for gated models; stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="69"/>
        <source>Save hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="72"/>
        <source>Hub endpoint / mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="73"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="74"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="93"/>
        <source>%s is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="95"/>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="111"/>
        <source>installed</source>
        <translation>đã cài</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="112"/>
        <source>downloading</source>
        <translation>đang tải</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="112"/>
        <source>not installed</source>
        <translation>chưa cài</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="151"/>
        <source>%s: every file verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="157"/>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="157"/>
        <source>Delete %s from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="161"/>
        <source>Choose a model folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="163"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="163"/>
        <source>Copy the folder into the model store? (No: use it where it is.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="174"/>
        <source>Download or import the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="181"/>
        <source>Hub settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionGrabber</name>
    <message>
        <location filename="../screenshot.py" line="23"/>
        <source>Select a region of the screen; Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../remote_dialog.py" line="11"/>
        <source>Use a remote endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="14"/>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="17"/>
        <source>Model name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="20"/>
        <location filename="../remote_dialog.py" line="32"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="21"/>
        <source>Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). Images are sent to that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="30"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="31"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="55"/>
        <source>Maximum tiles per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="57"/>
        <source>Image tokens per tile</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="86"/>
        <source>Max new tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="143"/>
        <source>Running on the CPU: every tile costs seconds, so images default to %d tiles. Raise Max tiles if you can wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../errors.py" line="14"/>
        <source>Desktop VLM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../main.py" line="24"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
