<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="53"/>
        <source>%s: open it as the model sees it</source>
        <translation>%s: mở như mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="54"/>
        <source>Open as the model sees it</source>
        <translation>Mở như mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="58"/>
        <source>Remove %s</source>
        <translation>Gỡ %s</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="115"/>
        <source>1 tile → %s image tokens</source>
        <translation>1 ô → %s token ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="117"/>
        <source>%d tiles → %s image tokens</source>
        <translation>%d ô → %s token ảnh</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../attachment_viewer.py" line="129"/>
        <source>%s as the model sees it</source>
        <translation>%s như mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="134"/>
        <source>Pages and frames</source>
        <translation>Trang và khung hình</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="142"/>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="142"/>
        <source>Fit to the window (F)</source>
        <translation>Vừa cửa sổ (F)</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="143"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="143"/>
        <source>Actual size (1)</source>
        <translation>Kích thước thật (1)</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="144"/>
        <source>Zoom out (-)</source>
        <translation>Thu nhỏ (-)</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="145"/>
        <source>Zoom in (+)</source>
        <translation>Phóng to (+)</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="188"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="212"/>
        <source>Frame %d</source>
        <translation>Khung %d</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="216"/>
        <source>Page %d</source>
        <translation>Trang %d</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="218"/>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="224"/>
        <source>This attachment: %d picture(s), %s</source>
        <translation>Tệp đính kèm này: %d ảnh, %s</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="241"/>
        <source>%d × %d px, resized to one tile of %d × %d px</source>
        <translation>%d × %d px, thu về một ô %d × %d px</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="244"/>
        <source>%d × %d px, resized to %d × %d and cut into %d × %d tiles of %d px</source>
        <translation>%d × %d px, đổi cỡ thành %d × %d rồi cắt thành %d × %d ô, mỗi ô %d px</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="248"/>
        <source>+ 1 thumbnail tile: the whole picture at %d × %d</source>
        <translation>+ 1 ô thu nhỏ: cả bức ảnh ở %d × %d</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="259"/>
        <source>The thumbnail tile (shown at half size): the model also gets the whole picture squeezed to one tile.</source>
        <translation>Ô thu nhỏ (hiển thị nửa cỡ): mô hình cũng nhận cả bức ảnh thu vào một ô.</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="268"/>
        <source>1 tile → %s image tokens</source>
        <translation>1 ô → %s token ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="270"/>
        <source>%d tiles → %s image tokens</source>
        <translation>%d ô → %s token ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="288"/>
        <source>fit</source>
        <translation>vừa khung</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="147"/>
        <source>InternViT-300M + Qwen2.5-3B: strong general and document understanding.</source>
        <translation>InternViT-300M + Qwen2.5-3B: hiểu tốt cả ảnh thông thường lẫn tài liệu.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="152"/>
        <source>Everyday photos, screenshots, charts and scanned documents (reads text well); a good first model.</source>
        <translation>Ảnh thường ngày, ảnh chụp màn hình, biểu đồ và tài liệu quét (đọc chữ tốt); một mô hình tốt để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="149"/>
        <source>MIT (unverified)</source>
        <translation>MIT (chưa xác minh)</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="158"/>
        <source>InternViT-300M + Phi-3-mini with a 128k context.</source>
        <translation>InternViT-300M + Phi-3-mini với ngữ cảnh 128k.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="163"/>
        <source>Long conversations and many pages at once (128k-token context).</source>
        <translation>Cuộc trò chuyện dài và nhiều trang cùng lúc (ngữ cảnh 128k token).</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="168"/>
        <source>Vietnamese-first InternVL on Qwen2.5-3B: receipts, forms and documents in Vietnamese.</source>
        <translation>InternVL ưu tiên tiếng Việt trên nền Qwen2.5-3B: hóa đơn, biểu mẫu và tài liệu tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="173"/>
        <source>Vietnamese receipts, invoices, forms and ID documents.</source>
        <translation>Biên lai, hóa đơn, biểu mẫu và giấy tờ tùy thân tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="42"/>
        <source>Monolithic InternLM2 with visual experts; no separate vision tower.</source>
        <translation>InternLM2 nguyên khối có các chuyên gia thị giác; không có bộ mã hóa ảnh riêng.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="125"/>
        <source>Quick answers about photos and screenshots; one network for text and images.</source>
        <translation>Trả lời nhanh về ảnh và ảnh chụp màn hình; một mạng duy nhất cho cả chữ và ảnh.</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="119"/>
        <source>SigLIP2 + Qwen2.5-3B with an adjustable image-token budget (64–576 per tile).</source>
        <translation>SigLIP2 + Qwen2.5-3B với số token ảnh điều chỉnh được (64–576 mỗi ô).</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="125"/>
        <source>Speed against detail: few image tokens per tile on a slow machine, many for fine print.</source>
        <translation>Cân bằng tốc độ và độ chi tiết: ít token ảnh mỗi ô trên máy chậm, nhiều token cho chữ nhỏ.</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="121"/>
        <source>Apache-2.0 (unverified)</source>
        <translation>Apache-2.0 (chưa xác minh)</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="171"/>
        <source>%s quoted again with this question: the conversation has outgrown the context.</source>
        <translation>%s được trích dẫn lại cùng câu hỏi này: cuộc trò chuyện đã vượt quá ngữ cảnh.</translation>
    </message>
    <message>
        <location filename="../../app/chat_controller.py" line="447"/>
        <source>The attached text was cut further: the model counts it as longer than estimated.</source>
        <translation>Văn bản đính kèm đã được cắt ngắn thêm: mô hình đếm nó dài hơn ước tính.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="48"/>
        <source>the model ended its answer without any text</source>
        <translation>mô hình đã kết thúc câu trả lời mà không có chữ nào</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="50"/>
        <source>not sent — stopped while the model was loading; Send asks it now</source>
        <translation>chưa gửi — đã dừng khi mô hình đang tải; bấm Gửi để hỏi ngay</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="52"/>
        <source>cut off — Desktop VLM closed before the answer finished</source>
        <translation>bị cắt ngang — Desktop VLM đã đóng trước khi câu trả lời xong</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="54"/>
        <source>stopped before the first words</source>
        <translation>đã dừng trước khi có chữ đầu tiên</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="56"/>
        <source>stopped at the answer length limit (Max new tokens)</source>
        <translation>dừng ở giới hạn độ dài câu trả lời (Số token tối đa)</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="58"/>
        <source>rewritten by you</source>
        <translation>do bạn viết lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="60"/>
        <source>stopped — partial answer</source>
        <translation>đã dừng — câu trả lời dở dang</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="61"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="73"/>
        <source>looking at the pictures… %1%</source>
        <translation>đang xem các hình ảnh… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="75"/>
        <source>reading the conversation… %1%</source>
        <translation>đang đọc cuộc trò chuyện… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="85"/>
        <source>first token %s ms</source>
        <translation>token đầu tiên sau %s ms</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="87"/>
        <source>%s tokens/s</source>
        <translation>%s token/giây</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="89"/>
        <source>%s tokens</source>
        <translation>%s token</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="91"/>
        <source>%1 of %2 guessed tokens kept</source>
        <translation>giữ %1 trên %2 token đoán trước</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="97"/>
        <source>%s prompt tokens reused</source>
        <translation>dùng lại %s token lời nhắc</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="345"/>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="362"/>
        <source>Drop a screenshot, photo, PDF, document or video, and ask about it.</source>
        <translation>Thả ảnh chụp màn hình, ảnh, PDF, tài liệu hoặc video vào đây rồi đặt câu hỏi.</translation>
    </message>
</context>
<context>
    <name>CheckpointDetails</name>
    <message>
        <location filename="../checkpoint_details.py" line="28"/>
        <source>Checkpoint details</source>
        <translation>Chi tiết checkpoint</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="35"/>
        <source>What the model&apos;s files say it is: family, template, tokenizer, vocabulary, parameters, stored types, memory</source>
        <translation>Những gì các tệp của mô hình cho biết: họ mô hình, mẫu hội thoại, bộ tách từ, từ vựng, tham số, kiểu dữ liệu lưu trữ, bộ nhớ</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="43"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="44"/>
        <source>Copy the report, e.g. for a bug report</source>
        <translation>Sao chép báo cáo, ví dụ để gửi báo lỗi</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="72"/>
        <source>Reading the model&apos;s files…</source>
        <translation>Đang đọc các tệp của mô hình…</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="84"/>
        <source>1 problem found in its files</source>
        <translation>tìm thấy 1 vấn đề trong các tệp</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="86"/>
        <source>%d problems found in its files</source>
        <translation>tìm thấy %d vấn đề trong các tệp</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="90"/>
        <source>no problems found in its files</source>
        <translation>không tìm thấy vấn đề nào trong các tệp</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../answer_body.py" line="185"/>
        <location filename="../answer_body.py" line="187"/>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="194"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="271"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>Hỏi về ảnh, tài liệu hoặc video… (kéo thả hoặc dán tệp vào đây)</translation>
    </message>
    <message>
        <location filename="../composer.py" line="272"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="279"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="280"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../composer.py" line="281"/>
        <location filename="../composer.py" line="625"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="283"/>
        <location filename="../composer.py" line="626"/>
        <source>Send question</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="376"/>
        <source>%d file(s) in %s are protected with a password.</source>
        <translation>%d tệp trong %s được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="389"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../composer.py" line="391"/>
        <source>Type the password to open %s. The password is not saved; the conversation keeps an unprotected copy of the file, as it keeps every file attached.</source>
        <translation>Nhập mật khẩu để mở %s. Mật khẩu không được lưu; cuộc trò chuyện giữ một bản sao không có bảo vệ của tệp, như với mọi tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="601"/>
        <source>%s image tokens</source>
        <translation>%s token ảnh</translation>
    </message>
    <message>
        <location filename="../composer.py" line="603"/>
        <source>about %s tokens of text</source>
        <translation>khoảng %s token văn bản</translation>
    </message>
    <message>
        <location filename="../composer.py" line="604"/>
        <source>%s in this message</source>
        <translation>%s trong tin nhắn này</translation>
    </message>
    <message>
        <location filename="../composer.py" line="625"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../composer.py" line="626"/>
        <source>Stop answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <location filename="../composer.py" line="640"/>
        <source>Preparing %d attachment(s)… the question is sent when they are ready.</source>
        <translation>Đang chuẩn bị %d tệp đính kèm… câu hỏi sẽ được gửi khi xong.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="695"/>
        <source>%s is a web address: Desktop VLM works offline and downloads nothing.</source>
        <translation>%s là một địa chỉ web: Desktop VLM hoạt động ngoại tuyến và không tải gì xuống.</translation>
    </message>
    <message>
        <location filename="../composer.py" line="697"/>
        <source>Save the picture or file on this computer first (in a browser: right-click → Save Image As…), then drop or attach the saved file.</source>
        <translation>Hãy lưu ảnh hoặc tệp vào máy này trước (trong trình duyệt: nhấp chuột phải → Lưu hình ảnh thành…), rồi thả hoặc đính kèm tệp đã lưu.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Previous 7 days</source>
        <translation>7 ngày trước</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Previous 30 days</source>
        <translation>30 ngày trước</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="61"/>
        <source>Pinned</source>
        <translation>Đã ghim</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="105"/>
        <source>Pinned: </source>
        <translation>Đã ghim: </translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location filename="../conversation_list.py" line="139"/>
        <location filename="../conversation_list.py" line="140"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="144"/>
        <location filename="../conversation_list.py" line="145"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="153"/>
        <source>Conversations</source>
        <translation>Các cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="203"/>
        <source>No results for “%s”.</source>
        <translation>Không có kết quả cho “%s”.</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="205"/>
        <source>No conversations yet. Ask something to start one.</source>
        <translation>Chưa có cuộc trò chuyện nào. Hãy hỏi điều gì đó để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="228"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="229"/>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="229"/>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="230"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="232"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>DownloadService</name>
    <message>
        <location filename="../../app/download_service.py" line="151"/>
        <source>Could not import %s: %s.</source>
        <translation>Không nhập được %s: %s.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../drop_overlay.py" line="19"/>
        <source>Drop files to attach them</source>
        <translation>Thả tệp để đính kèm</translation>
    </message>
    <message>
        <location filename="../drop_overlay.py" line="56"/>
        <source>Drop to attach
pictures, PDFs, videos</source>
        <translation>Thả để đính kèm
ảnh, PDF, video</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../errors.py" line="31"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../errors.py" line="41"/>
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
        <location filename="../extraction.py" line="45"/>
        <source>%s extracted, with issues: %s</source>
        <translation>Đã trích xuất %s, nhưng có vấn đề: %s</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="48"/>
        <source>%s extracted and checked.</source>
        <translation>Đã trích xuất và kiểm tra %s.</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="56"/>
        <source>Export extracted data</source>
        <translation>Xuất dữ liệu đã trích xuất</translation>
    </message>
</context>
<context>
    <name>FramesChip</name>
    <message>
        <location filename="../attachment_chip.py" line="129"/>
        <source> · %d frames</source>
        <translation> · %d khung hình</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../history_actions.py" line="23"/>
        <source>Rename conversation</source>
        <translation>Đổi tên cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="23"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="34"/>
        <source>Delete conversation</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="34"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>Xóa cuộc trò chuyện này và các tệp đính kèm?</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="49"/>
        <source>Export conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="66"/>
        <source>Open a conversation with messages to export it.</source>
        <translation>Hãy mở một cuộc trò chuyện có tin nhắn để xuất.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="74"/>
        <source>Export all conversations</source>
        <translation>Xuất tất cả cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="74"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="79"/>
        <source>Export all conversations to</source>
        <translation>Xuất tất cả cuộc trò chuyện vào</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="90"/>
        <source>Could not export to %s: %s.</source>
        <translation>Không thể xuất vào %s: %s.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="91"/>
        <source>Choose another folder, or free some space.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="96"/>
        <source>%d conversation(s) exported to %s</source>
        <translation>Đã xuất %d cuộc trò chuyện vào %s</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="111"/>
        <source>Import conversation</source>
        <translation>Nhập cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="117"/>
        <source>This file is not a conversation export.</source>
        <translation>Tệp này không phải là bản xuất cuộc trò chuyện.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <location filename="../../app/inference_service.py" line="421"/>
        <source>Loading the model was stopped.</source>
        <translation>Việc nạp mô hình đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="427"/>
        <source>The model was unloaded.</source>
        <translation>Mô hình đã được gỡ khỏi bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="434"/>
        <source>The question was not sent: the model could not be loaded.</source>
        <translation>Câu hỏi chưa được gửi: không nạp được mô hình.</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../load_progress.py" line="34"/>
        <source>Building the model</source>
        <translation>Dựng mô hình</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="35"/>
        <source>Reading the weights</source>
        <translation>Đọc trọng số</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="36"/>
        <source>Reading the quantised weights</source>
        <translation>Đọc trọng số đã lượng tử hoá</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="37"/>
        <source>Reading and quantising the weights</source>
        <translation>Đọc và lượng tử hoá trọng số</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="38"/>
        <source>Saving the quantised weights</source>
        <translation>Lưu trọng số đã lượng tử hoá</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="39"/>
        <source>Quantising the language model</source>
        <translation>Lượng tử hoá mô hình ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="40"/>
        <source>Building a kernel for this CPU (once)</source>
        <translation>Đang biên dịch nhân tính toán cho CPU này (một lần)</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="41"/>
        <source>Choosing kernels for this CPU</source>
        <translation>Chọn nhân tính toán cho CPU này</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="42"/>
        <source>Timing kernels on this CPU (once)</source>
        <translation>Đo nhân tính toán trên CPU này (một lần)</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="43"/>
        <source>Placing the weights in memory</source>
        <translation>Đưa trọng số vào bộ nhớ</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="44"/>
        <source>Compiling (slow the first time)</source>
        <translation>Biên dịch (lần đầu sẽ chậm)</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="45"/>
        <source>Recording the decode step</source>
        <translation>Ghi lại bước giải mã</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="46"/>
        <source>Loading the tokenizer</source>
        <translation>Nạp bộ tách từ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../errors.py" line="17"/>
        <location filename="../main_window.py" line="98"/>
        <location filename="../main_window.py" line="308"/>
        <source>Desktop VLM</source>
        <translation>Desktop VLM</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Copied to the clipboard</source>
        <translation>Đã sao chép vào bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Text size: %1%</source>
        <translation>Cỡ chữ: %1%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Branch of %1</source>
        <translation>Nhánh của %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>%1 — Desktop VLM</source>
        <translation>%1 — Desktop VLM</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>No model is loaded yet.</source>
        <translation>Chưa tải mô hình nào.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation>Hãy tải về hoặc chọn một mô hình trong Mô hình → Quản lý mô hình… (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Waiting for the model to load… the question goes out when it is ready (Stop cancels).</source>
        <translation>Đang chờ mô hình tải xong… câu hỏi sẽ được gửi khi mô hình sẵn sàng (Dừng để hủy).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>The model was unloaded after %1 minutes without a question, to give its memory back; your next question loads it again.</source>
        <translation>Mô hình đã được gỡ khỏi bộ nhớ sau %1 phút không có câu hỏi, để trả lại bộ nhớ; câu hỏi tiếp theo sẽ tải lại nó.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>No model yet: &lt;a href=&quot;models&quot;&gt;download or choose one&lt;/a&gt; (Models → Manage models…, Ctrl+M), then drop a screenshot, photo, PDF, document or video here and ask about it.</source>
        <translation>Chưa có mô hình: &lt;a href=&quot;models&quot;&gt;tải về hoặc chọn một mô hình&lt;/a&gt; (Mô hình → Quản lý mô hình…, Ctrl+M), rồi thả ảnh chụp màn hình, ảnh, PDF, tài liệu hoặc video vào đây và đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Drop a screenshot, photo, PDF, document or video, and ask about it.</source>
        <translation>Thả ảnh chụp màn hình, ảnh, PDF, tài liệu hoặc video vào đây rồi đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Load with 8-bit weights</source>
        <translation>Tải với trọng số 8-bit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Load with 4-bit weights</source>
        <translation>Tải với trọng số 4-bit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="525"/>
        <location filename="../main_window.py" line="542"/>
        <location filename="../main_window.py" line="556"/>
        <source>Could not save %s: %s.</source>
        <translation>Không thể lưu %s: %s.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="526"/>
        <location filename="../main_window.py" line="543"/>
        <location filename="../main_window.py" line="557"/>
        <source>Choose another folder, or free some space.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="530"/>
        <location filename="../main_window.py" line="547"/>
        <location filename="../main_window.py" line="561"/>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535"/>
        <source>Save a copy of %s</source>
        <translation>Lưu một bản sao của %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="566"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="569"/>
        <source>Files Desktop VLM reads (%s);;All files (*)</source>
        <translation>Tệp Desktop VLM đọc được (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="192"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="61"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="135"/>
        <source>Vary regenerated answers</source>
        <translation>Tạo lại câu trả lời khác đi</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="139"/>
        <source>Regenerate samples a new answer even when the conversation is deterministic (greedy); off: it writes the greedy answer again.</source>
        <translation>Tạo lại sẽ lấy mẫu một câu trả lời mới kể cả khi cuộc trò chuyện đặt chế độ tất định (greedy); tắt: viết lại đúng câu trả lời greedy.</translation>
    </message>
    <message>
        <location filename="../main.py" line="41"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation>Cơ sở dữ liệu lịch sử bị hỏng; nó đã được chuyển sang chỗ khác và một cơ sở dữ liệu mới đã được tạo.</translation>
    </message>
</context>
<context>
    <name>MessageBody</name>
    <message>
        <location filename="../answer_body.py" line="73"/>
        <source>Copied ✓</source>
        <translation>Đã sao chép ✓</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="288"/>
        <source>Message text</source>
        <translation>Nội dung tin nhắn</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="140"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="140"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="162"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="163"/>
        <source>Copy message</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="169"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="171"/>
        <source>Edit question and resend</source>
        <translation>Sửa câu hỏi và gửi lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="171"/>
        <source>Rewrite the answer</source>
        <translation>Viết lại câu trả lời</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="176"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="177"/>
        <source>Continue the answer where it stopped</source>
        <translation>Viết tiếp câu trả lời từ chỗ đã dừng</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="184"/>
        <source>Branch</source>
        <translation>Rẽ nhánh</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="185"/>
        <source>Go on from this answer in a new chat; this one stays as it is</source>
        <translation>Tiếp tục từ câu trả lời này trong một cuộc trò chuyện mới; cuộc trò chuyện này giữ nguyên</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="186"/>
        <source>Branch in a new chat</source>
        <translation>Rẽ nhánh sang cuộc trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="218"/>
        <source>%s of %s lines</source>
        <translation>%s trong %s dòng</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="220"/>
        <source>Click it to read what the model read</source>
        <translation>Nhấn vào để đọc những gì mô hình đã đọc</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="232"/>
        <source>Open as the model sees it</source>
        <translation>Mở như mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="233"/>
        <source>Save a copy…</source>
        <translation>Lưu một bản sao…</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="294"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="294"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="295"/>
        <source>Regenerate answer</source>
        <translation>Tạo lại câu trả lời</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="295"/>
        <source>Send the question</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="202"/>
        <source>Attachment %s: open it as the model sees it</source>
        <translation>Tệp đính kèm %s: mở như mô hình nhìn thấy</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/attachments.py" line="138"/>
        <source>{name} has nothing the model can see.</source>
        <translation>{name} không có gì mà mô hình có thể nhìn thấy.</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="184"/>
        <source>No attachment kind reads text, so {name} cannot be attached.</source>
        <translation>Không có loại tệp đính kèm nào đọc được văn bản, nên không thể đính kèm {name}.</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="209"/>
        <source>No attachment kind reads PNG pictures, so {name} cannot be attached.</source>
        <translation>Không có loại tệp đính kèm nào đọc được ảnh PNG, nên không thể đính kèm {name}.</translation>
    </message>
    <message>
        <location filename="../../app/chat_controller.py" line="376"/>
        <source>There is no question to answer.</source>
        <translation>Không có câu hỏi nào để trả lời.</translation>
    </message>
    <message>
        <location filename="../../cli/arguments.py" line="55"/>
        <source>The environment variable {name} holds no password.</source>
        <translation>Biến môi trường {name} không chứa mật khẩu nào.</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="120"/>
        <source>History file {path} must hold a JSON list of [question, answer] string pairs.</source>
        <translation>Tệp lịch sử {path} phải chứa một danh sách JSON gồm các cặp chuỗi [câu hỏi, câu trả lời].</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="329"/>
        <source>The question is empty and nothing is attached.</source>
        <translation>Câu hỏi trống và không có gì được đính kèm.</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="111"/>
        <source>History file not found: {path}</source>
        <translation>Không tìm thấy tệp lịch sử: {path}</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="114"/>
        <source>History file {path} is not valid JSON ({reason}).</source>
        <translation>Tệp lịch sử {path} không phải JSON hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="330"/>
        <source>Write what you want to know, or attach something to ask about (--image, --attach).</source>
        <translation>Hãy viết điều bạn muốn biết, hoặc đính kèm thứ bạn muốn hỏi (--image, --attach).</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="261"/>
        <source>--remote needs a model name: --remote-model NAME.</source>
        <translation>--remote cần tên mô hình: --remote-model NAME.</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="264"/>
        <source>Input folder not found: {folder}</source>
        <translation>Không tìm thấy thư mục đầu vào: {folder}</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="294"/>
        <source>--max-new-tokens must be at least 1.</source>
        <translation>--max-new-tokens phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="297"/>
        <source>--export-dir needs --template (a free-form answer has no document to export).</source>
        <translation>--export-dir cần có --template (câu trả lời dạng tự do không có tài liệu nào để xuất).</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="258"/>
        <source>Give MODEL and INPUT_DIR (with --remote, INPUT_DIR and --remote-model).</source>
        <translation>Hãy cung cấp MODEL và INPUT_DIR (khi dùng --remote: INPUT_DIR và --remote-model).</translation>
    </message>
    <message>
        <location filename="../../cli/model_argument.py" line="41"/>
        <source>{model} is neither a folder here, an installed model, nor in the Hugging Face cache ({cache}).</source>
        <translation>{model} không phải là một thư mục ở đây, không phải mô hình đã cài, cũng không có trong bộ nhớ đệm Hugging Face ({cache}).</translation>
    </message>
    <message>
        <location filename="../../cli/model_argument.py" line="46"/>
        <source>Download it with: desktop-vlm models pull {model}</source>
        <translation>Tải về bằng lệnh: desktop-vlm models pull {model}</translation>
    </message>
    <message>
        <location filename="../../cli/serve.py" line="106"/>
        <source>--max-queue, --max-body-mb and --max-connections must be positive.</source>
        <translation>--max-queue, --max-body-mb và --max-connections phải là số dương.</translation>
    </message>
    <message>
        <location filename="../../cli/serve.py" line="111"/>
        <source>--allow-files folder not found: {folder}</source>
        <translation>Không tìm thấy thư mục --allow-files: {folder}</translation>
    </message>
    <message>
        <location filename="../../config/paths.py" line="54"/>
        <source>Desktop VLM cannot make its folder {path}: {reason}.</source>
        <translation>Desktop VLM không tạo được thư mục {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../config/paths.py" line="55"/>
        <source>Make sure the disk is there, not full and writable by you, and that nothing else is in the folder&apos;s place; then start Desktop VLM again.</source>
        <translation>Hãy kiểm tra ổ đĩa có mặt, chưa đầy và bạn có quyền ghi, và không có gì khác nằm ở chỗ của thư mục; rồi mở lại Desktop VLM.</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="61"/>
        <source>{subject}: GGUF is llama.cpp&apos;s format (LM Studio, Ollama and Jan use it), and Desktop VLM loads a model&apos;s original files.</source>
        <translation>{subject}: GGUF là định dạng của llama.cpp (LM Studio, Ollama và Jan dùng định dạng này), còn Desktop VLM nạp các tệp gốc của mô hình.</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="87"/>
        <source>{name} holds model folders ({listed}) and is not one itself.</source>
        <translation>{name} chứa các thư mục mô hình ({listed}) chứ bản thân nó không phải là thư mục mô hình.</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="66"/>
        <source>Download the model&apos;s original folder (config.json and .safetensors files) from the model manager, or run the GGUF in a llama.cpp server and connect to it (Models → Use a remote endpoint…, or --remote URL on the command line).</source>
        <translation>Hãy tải về thư mục gốc của mô hình (config.json và các tệp .safetensors) trong Quản lý mô hình, hoặc chạy tệp GGUF bằng một máy chủ llama.cpp rồi kết nối tới máy chủ đó (Mô hình → Dùng máy chủ từ xa…, hoặc --remote URL trên dòng lệnh).</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="88"/>
        <source>Choose one of them, such as {example}.</source>
        <translation>Hãy chọn một trong số đó, chẳng hạn {example}.</translation>
    </message>
    <message>
        <location filename="../../core/hf_cache.py" line="57"/>
        <source>{name} is a Hugging Face cache folder with {count} snapshots and no main branch recorded.</source>
        <translation>{name} là một thư mục bộ nhớ đệm Hugging Face có {count} snapshot nhưng không ghi nhận nhánh main.</translation>
    </message>
    <message>
        <location filename="../../core/hf_cache.py" line="54"/>
        <source>{name} is a Hugging Face cache folder with no downloaded snapshot in it.</source>
        <translation>{name} là một thư mục bộ nhớ đệm Hugging Face nhưng không có snapshot nào đã tải về.</translation>
    </message>
    <message>
        <location filename="../../core/hf_cache.py" line="62"/>
        <source>Choose one of the folders in {folder}.</source>
        <translation>Hãy chọn một trong các thư mục trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../core/lfs_pointers.py" line="39"/>
        <source>{folder} was cloned without Git LFS: {count} of its files are pointers to the real files ({files}), not the files themselves.</source>
        <translation>{folder} được sao chép (git clone) mà không có Git LFS: {count} tệp trong đó chỉ là con trỏ tới tệp thật ({files}), không phải chính các tệp.</translation>
    </message>
    <message>
        <location filename="../../core/lfs_pointers.py" line="46"/>
        <source>In that folder run `git lfs install` and then `git lfs pull` to fetch them, or download the model with the model manager.</source>
        <translation>Trong thư mục đó, hãy chạy `git lfs install` rồi `git lfs pull` để tải chúng về, hoặc tải mô hình bằng trình quản lý mô hình.</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="34"/>
        <source>max new tokens must be between 1 and 32768 (got {value}).</source>
        <translation>Số token mới tối đa phải từ 1 đến 32768 (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="37"/>
        <source>temperature must be in (0, 10] (got {value}).</source>
        <translation>Nhiệt độ phải nằm trong khoảng (0, 10] (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="39"/>
        <source>top-p must be in (0, 1] (got {value}).</source>
        <translation>Top-p phải nằm trong khoảng (0, 1] (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="41"/>
        <source>top-k must be 0 (off) or positive (got {value}).</source>
        <translation>Top-k phải bằng 0 (tắt) hoặc là số dương (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="43"/>
        <source>beams must be between 1 and 16 (got {value}).</source>
        <translation>Số beam phải từ 1 đến 16 (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="45"/>
        <source>beam search and sampling cannot be combined; pick one.</source>
        <translation>Không thể kết hợp beam search với lấy mẫu; hãy chọn một trong hai.</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="48"/>
        <source>repetition penalty must be in [0.5, 3] (got {value}).</source>
        <translation>Phạt lặp lại phải nằm trong khoảng [0.5, 3] (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="52"/>
        <source>lookup tokens must be between 0 (off) and {most} (got {value}).</source>
        <translation>Số token đoán trước phải từ 0 (tắt) đến {most} (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="59"/>
        <source>beam search and lookup decoding cannot be combined; pick one.</source>
        <translation>Không thể kết hợp beam search với giải mã đoán trước; hãy chọn một trong hai.</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="73"/>
        <source>tiles must satisfy 1 &lt;= min ({min_tiles}) &lt;= max ({max_tiles}) &lt;= 40.</source>
        <translation>Số ô phải thỏa mãn 1 &lt;= tối thiểu ({min_tiles}) &lt;= tối đa ({max_tiles}) &lt;= 40.</translation>
    </message>
    <message>
        <location filename="../../documents/extract.py" line="96"/>
        <source>The answer does not contain valid JSON.</source>
        <translation>Câu trả lời không chứa JSON hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../documents/extract.py" line="97"/>
        <source>Try again with a larger --max-new-tokens, or a model that follows formatting instructions.</source>
        <translation>Hãy thử lại với --max-new-tokens lớn hơn, hoặc dùng một mô hình biết tuân theo yêu cầu về định dạng.</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="25"/>
        <source>Choose another output name.</source>
        <translation>Hãy chọn tên tệp đầu ra khác.</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="75"/>
        <source>The output must end in .jsonl or .csv (got {name}).</source>
        <translation>Tệp đầu ra phải có đuôi .jsonl hoặc .csv (nhận được {name}).</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="125"/>
        <source>{name} exists but is not a results file of this tool.</source>
        <translation>{name} đã tồn tại nhưng không phải là tệp kết quả của công cụ này.</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="119"/>
        <source>{name} is damaged (not UTF-8 at byte {offset}).</source>
        <translation>{name} bị hỏng (không phải UTF-8 tại byte {offset}).</translation>
    </message>
    <message>
        <location filename="../../documents/templates.py" line="80"/>
        <source>Unknown document template {name!r}.</source>
        <translation>Không có mẫu tài liệu nào tên {name!r}.</translation>
    </message>
    <message>
        <location filename="../../documents/templates.py" line="81"/>
        <source>Choose one of: {names}.</source>
        <translation>Hãy chọn một trong số: {names}.</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="24"/>
        <source>Free some disk space and try again.</source>
        <translation>Hãy giải phóng bớt dung lượng ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="48"/>
        <source>the latest change</source>
        <translation>thay đổi gần nhất</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="51"/>
        <source>The disk is full, so {what} could not be saved. Everything saved before is intact.</source>
        <translation>Ổ đĩa đã đầy nên không thể lưu {what}. Mọi thứ đã lưu trước đó vẫn còn nguyên.</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="98"/>
        <source>the conversation history</source>
        <translation>lịch sử trò chuyện</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="101"/>
        <source>The conversation history at {path} could not be opened ({reason}).</source>
        <translation>Không thể mở lịch sử trò chuyện tại {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="104"/>
        <source>Close other copies of Desktop VLM and try again.</source>
        <translation>Hãy đóng các bản Desktop VLM khác đang chạy rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="191"/>
        <source>This file is larger than the {limit_mb} MB a conversation export may be.</source>
        <translation>Tệp này lớn hơn {limit_mb} MB, mức tối đa của một bản xuất cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="197"/>
        <source>This file holds far more values than a conversation export does.</source>
        <translation>Tệp này chứa quá nhiều giá trị so với một bản xuất cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="205"/>
        <source>This JSON file is not a Desktop VLM conversation export.</source>
        <translation>Tệp JSON này không phải là bản xuất cuộc trò chuyện của Desktop VLM.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="208"/>
        <source>This conversation was exported by a newer version of Desktop VLM.</source>
        <translation>Cuộc trò chuyện này được xuất từ một phiên bản Desktop VLM mới hơn.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="213"/>
        <source>This conversation has more than {limit:,} messages.</source>
        <translation>Cuộc trò chuyện này có hơn {limit:,} tin nhắn.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="263"/>
        <source>The conversation export&apos;s {field} is not text.</source>
        <translation>Trường {field} của bản xuất cuộc trò chuyện không phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="290"/>
        <source>An attachment of message {number} is malformed.</source>
        <translation>Một tệp đính kèm của tin nhắn {number} bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="293"/>
        <source>An attachment of message {number} does not match its checksum.</source>
        <translation>Một tệp đính kèm của tin nhắn {number} không khớp với mã kiểm tra (checksum) của nó.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="296"/>
        <source>The conversation export&apos;s details are malformed.</source>
        <translation>Phần thông tin chi tiết của bản xuất cuộc trò chuyện bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="201"/>
        <source>This file nests JSON too deeply to be a conversation export.</source>
        <translation>Tệp này lồng JSON quá sâu, không thể là một bản xuất cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="203"/>
        <source>This file is not valid JSON ({reason}).</source>
        <translation>Tệp này không phải JSON hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="209"/>
        <source>Update Desktop VLM to import it.</source>
        <translation>Hãy cập nhật Desktop VLM để nhập tệp này.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="221"/>
        <source>The conversation export&apos;s settings are malformed.</source>
        <translation>Phần cài đặt của bản xuất cuộc trò chuyện bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="234"/>
        <source>Message {number} of the conversation export is malformed.</source>
        <translation>Tin nhắn {number} của bản xuất cuộc trò chuyện bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="240"/>
        <source>Message {number} has an unknown status {status!r}.</source>
        <translation>Tin nhắn {number} có trạng thái không xác định {status!r}.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="245"/>
        <source>Message {number} has malformed attachments.</source>
        <translation>Tin nhắn {number} có tệp đính kèm sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="251"/>
        <source>The conversation export&apos;s stats are malformed.</source>
        <translation>Phần thống kê của bản xuất cuộc trò chuyện bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../history/schema.py" line="110"/>
        <source>The conversation history was written by a newer version of Desktop VLM (schema {version}; this version knows {known_version}).</source>
        <translation>Lịch sử trò chuyện được ghi bởi một phiên bản Desktop VLM mới hơn (lược đồ {version}; phiên bản này chỉ biết đến {known_version}).</translation>
    </message>
    <message>
        <location filename="../../history/schema.py" line="116"/>
        <source>Update Desktop VLM to open it.</source>
        <translation>Hãy cập nhật Desktop VLM để mở lịch sử này.</translation>
    </message>
    <message>
        <location filename="../../history/store.py" line="45"/>
        <source>Conversation {conversation_id} does not exist (it may have been deleted).</source>
        <translation>Cuộc trò chuyện {conversation_id} không tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../../hub/catalog.py" line="37"/>
        <source>{typed!r} is not a model id; use owner/name, e.g. OpenGVLab/InternVL2_5-4B.</source>
        <translation>{typed!r} không phải là ID mô hình; hãy dùng dạng owner/name (chủ sở hữu/tên), ví dụ OpenGVLab/InternVL2_5-4B.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="326"/>
        <source>The hub answered {status} for {repo}.</source>
        <translation>Hub trả về mã {status} cho {repo}.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="251"/>
        <source>{what} is {size:,} bytes, more than the {limit:,} expected.</source>
        <translation>{what} có {size:,} byte, nhiều hơn mức {limit:,} byte dự kiến.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="313"/>
        <source>{repo} is gated or private: the hub refused access ({status}).</source>
        <translation>{repo} cần quyền truy cập hoặc là kho riêng tư: hub đã từ chối truy cập ({status}).</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="317"/>
        <source>No model or revision called {repo} on this hub (404).</source>
        <translation>Không có mô hình hoặc phiên bản (revision) nào tên {repo} trên hub này (404).</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="319"/>
        <source>The hub refused the resume range for a file of {repo} (416).</source>
        <translation>Hub đã từ chối tải tiếp một tệp của {repo} từ chỗ đã dừng (416).</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="322"/>
        <source>The hub is limiting requests for {repo} (429).</source>
        <translation>Hub đang giới hạn số yêu cầu cho {repo} (429).</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="326"/>
        <source>Try again later.</source>
        <translation>Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="122"/>
        <source>Cannot reach the model hub at {url} (offline since an earlier try).</source>
        <translation>Không thể kết nối tới hub mô hình tại {url} (đang ngoại tuyến từ lần thử trước).</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="181"/>
        <source>The hub&apos;s answer for {repo}@{revision} has no commit sha.</source>
        <translation>Câu trả lời của hub cho {repo}@{revision} không có mã sha của commit.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="235"/>
        <source>The hub is limiting requests for {repo} and asks to wait {seconds:.0f} s more.</source>
        <translation>Hub đang giới hạn số yêu cầu cho {repo} và yêu cầu chờ thêm {seconds:.0f} s.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="263"/>
        <source>{what} is longer than the {limit:,} bytes expected; stopped.</source>
        <translation>{what} dài hơn {limit:,} byte dự kiến; đã dừng.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="314"/>
        <source>Accept its license on the hub and set an access token: desktop-vlm models token.</source>
        <translation>Hãy chấp nhận giấy phép của mô hình trên hub và đặt mã truy cập: desktop-vlm models token.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="323"/>
        <source>Wait a few minutes and resume.</source>
        <translation>Hãy chờ vài phút rồi tiếp tục tải.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="123"/>
        <source>Check the network, proxy and hub endpoint in settings, then retry.</source>
        <translation>Hãy kiểm tra mạng, proxy và địa chỉ hub trong phần cài đặt, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="174"/>
        <source>The hub&apos;s answer for {repo} is not readable JSON.</source>
        <translation>Câu trả lời của hub cho {repo} không phải JSON đọc được.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="193"/>
        <source>The hub&apos;s file list for {repo} is malformed.</source>
        <translation>Danh sách tệp của hub cho {repo} bị sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="240"/>
        <source>Try again later; a download resumes where it stopped.</source>
        <translation>Hãy thử lại sau; lượt tải sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="133"/>
        <source>The hub&apos;s answer for {repo}</source>
        <translation>Câu trả lời của hub cho {repo}</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="140"/>
        <source>Cannot reach the model hub at {url} ({error_type}).</source>
        <translation>Không thể kết nối tới hub mô hình tại {url} ({error_type}).</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="145"/>
        <source>Check the network, proxy and hub endpoint in settings.</source>
        <translation>Hãy kiểm tra mạng, proxy và địa chỉ hub trong phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="150"/>
        <source>The model hub at {url} stopped answering ({error_type}).</source>
        <translation>Hub mô hình tại {url} đã ngừng phản hồi ({error_type}).</translation>
    </message>
    <message>
        <location filename="../../hub/diskspace.py" line="23"/>
        <source>Not enough disk space: this needs {need_gib:.2f} GiB and {free_gib:.2f} GiB is free in {folder}.</source>
        <translation>Không đủ dung lượng ổ đĩa: cần {need_gib:.2f} GiB nhưng {folder} chỉ còn trống {free_gib:.2f} GiB.</translation>
    </message>
    <message>
        <location filename="../../hub/diskspace.py" line="29"/>
        <source>Free some space or move the model folder in settings.</source>
        <translation>Hãy giải phóng bớt dung lượng hoặc chuyển thư mục mô hình sang chỗ khác trong phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="176"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {file}; the download was stopped there and those bytes dropped.</source>
        <translation>Máy chủ đã gửi nhiều hơn {size:,} byte mà hub ghi cho {file}; việc tải đã dừng tại đó và phần byte thừa đã bị bỏ đi.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="277"/>
        <source>Downloading {file} kept failing; the bytes so far are kept.</source>
        <translation>Tải {file} liên tục thất bại; phần đã tải được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="125"/>
        <source>{file} has {size} bytes, the hub says {listed_size}.</source>
        <translation>{file} có {size} byte, nhưng hub ghi là {listed_size}.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="133"/>
        <source>{file} does not match its published sha256.</source>
        <translation>{file} không khớp với mã sha256 đã công bố.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="135"/>
        <source>{file} does not match its published checksum.</source>
        <translation>{file} không khớp với mã kiểm tra (checksum) đã công bố.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="182"/>
        <source>The mirror is broken or not trustworthy; try again later or use another endpoint.</source>
        <translation>Bản sao (mirror) bị lỗi hoặc không đáng tin cậy; hãy thử lại sau hoặc dùng địa chỉ hub khác.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="278"/>
        <source>Resume later.</source>
        <translation>Hãy tiếp tục tải sau.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="261"/>
        <source>The disk filled up during the download; the bytes so far are kept.</source>
        <translation>Ổ đĩa đã đầy trong lúc tải; phần đã tải được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="262"/>
        <source>Free some space and resume.</source>
        <translation>Hãy giải phóng bớt dung lượng rồi tiếp tục tải.</translation>
    </message>
    <message>
        <location filename="../../hub/local_copy.py" line="107"/>
        <source>{names} in {folder} cannot be copied safely (a link out of the folder, or not a regular file).</source>
        <translation>Không thể sao chép an toàn {names} trong {folder} (là liên kết trỏ ra ngoài thư mục, hoặc không phải tệp thông thường).</translation>
    </message>
    <message>
        <location filename="../../hub/local_copy.py" line="112"/>
        <source>Import it to be used where it is instead (&apos;Use it where it is&apos;, or --reference on the command line).</source>
        <translation>Thay vào đó, hãy nhập để dùng tại chỗ (&apos;Dùng tại chỗ&apos;, hoặc --reference trên dòng lệnh).</translation>
    </message>
    <message>
        <location filename="../../hub/local_copy.py" line="128"/>
        <source>Could not copy {name} from {folder}: {reason}.</source>
        <translation>Không thể sao chép {name} từ {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="62"/>
        <source>This repository only has pickle weights (.bin/.pt), which could run code when loaded.</source>
        <translation>Kho này chỉ có trọng số dạng pickle (.bin/.pt), loại có thể chạy mã khi được nạp.</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="86"/>
        <source>{repo} has no config.json; it is not a model repository.</source>
        <translation>{repo} không có config.json; đây không phải là kho mô hình.</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="56"/>
        <source>The hub listed an unsafe file path ({path!r}); nothing was downloaded.</source>
        <translation>Hub liệt kê một đường dẫn tệp không an toàn ({path!r}); chưa có gì được tải về.</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="63"/>
        <source>Desktop VLM only loads .safetensors weights.</source>
        <translation>Desktop VLM chỉ nạp trọng số .safetensors.</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="85"/>
        <source>{repo} holds GGUF files and no config.json</source>
        <translation>{repo} chứa các tệp GGUF và không có config.json</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="92"/>
        <source>The config.json of {repo} is not readable JSON.</source>
        <translation>Tệp config.json của {repo} không phải JSON đọc được.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="82"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="146"/>
        <source>Did you mean {model_id}? Model ids are case-sensitive.</source>
        <translation>Có phải ý bạn là {model_id}? ID mô hình phân biệt chữ hoa và chữ thường.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="147"/>
        <source>{model_id} is not installed.</source>
        <translation>{model_id} chưa được cài.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="393"/>
        <source>{folder} has no config.json; it is not a model folder.</source>
        <translation>{folder} không có config.json; đây không phải là thư mục mô hình.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="396"/>
        <source>{path} is {size:,} bytes, more than a model&apos;s config.json can be.</source>
        <translation>{path} có {size:,} byte, lớn hơn mức mà tệp config.json của một mô hình có thể có.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="411"/>
        <source>{folder} has no .safetensors weights (pickle weights are not loaded, for safety).</source>
        <translation>{folder} không có trọng số .safetensors (trọng số pickle không được nạp, vì lý do an toàn).</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="277"/>
        <source>To import it again, remove it first: desktop-vlm models rm {model_id}</source>
        <translation>Để nhập lại, hãy xóa nó trước: desktop-vlm models rm {model_id}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="386"/>
        <source>{name} holds GGUF files ({files}) and no config.json</source>
        <translation>{name} chứa các tệp GGUF ({files}) và không có config.json</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="405"/>
        <source>nested too deeply</source>
        <translation>lồng quá sâu</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="407"/>
        <source>{path} is not readable JSON ({reason}).</source>
        <translation>{path} không phải JSON đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="245"/>
        <source>{model_id} is already being downloaded by another Desktop VLM process.</source>
        <translation>{model_id} đang được một tiến trình Desktop VLM khác tải về.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="281"/>
        <source>{folder} is already imported as {model_id}.</source>
        <translation>{folder} đã được nhập với tên {model_id}.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="337"/>
        <source>{model_id} was used where it lay, in {folder}, and that folder is gone.</source>
        <translation>{model_id} được dùng tại chỗ, trong {folder}, và thư mục đó không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="354"/>
        <source>{file} is missing</source>
        <translation>thiếu {file}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="248"/>
        <source>Wait for it to finish, or pause it there first.</source>
        <translation>Hãy chờ tiến trình đó tải xong, hoặc tạm dừng việc tải ở đó trước.</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="342"/>
        <source>Import it again from where it is now, or remove it: desktop-vlm models rm {model_id}</source>
        <translation>Hãy nhập lại từ vị trí hiện tại của nó, hoặc xóa nó: desktop-vlm models rm {model_id}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="356"/>
        <source>{file} has the wrong size</source>
        <translation>{file} có kích thước sai</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="358"/>
        <source>{file} does not match its sha256</source>
        <translation>{file} không khớp với mã sha256 của nó</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="360"/>
        <source>{file} does not match its checksum</source>
        <translation>{file} không khớp với mã kiểm tra (checksum) của nó</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="131"/>
        <source>the folder it was used from is gone: {folder}</source>
        <translation>thư mục mà mô hình được dùng tại chỗ đã không còn: {folder}</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="29"/>
        <source>a ZIP archive</source>
        <translation>tệp nén ZIP</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="30"/>
        <source>Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or unpack it and attach its files.</source>
        <translation>Hãy đính kèm nó trong cửa sổ, nơi sẽ hỏi mật khẩu (desktop-vlm ask: --password-env), hoặc giải nén nó rồi đính kèm các tệp bên trong.</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="56"/>
        <source>{name} is an empty archive.</source>
        <translation>{name} là tệp nén trống.</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="58"/>
        <source>{name} is protected with a password.</source>
        <translation>{name} được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/animation.py" line="49"/>
        <source>animations</source>
        <translation>ảnh động</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/archive.py" line="21"/>
        <source>ZIP archive</source>
        <translation>tệp nén ZIP</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/archive.py" line="41"/>
        <source>ZIP archives</source>
        <translation>tệp nén ZIP</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/comic.py" line="28"/>
        <source>comic books</source>
        <translation>truyện tranh</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/docx.py" line="17"/>
        <source>Word document</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/docx.py" line="35"/>
        <source>Word documents</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/email.py" line="18"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/email.py" line="19"/>
        <source>web page saved as one file</source>
        <translation>trang web lưu thành một tệp</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/email.py" line="45"/>
        <source>e-mails</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/epub.py" line="19"/>
        <source>EPUB e-book</source>
        <translation>sách điện tử EPUB</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/epub.py" line="43"/>
        <source>e-books</source>
        <translation>sách điện tử</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/html.py" line="33"/>
        <source>web page</source>
        <translation>trang web</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/html.py" line="101"/>
        <source>web pages</source>
        <translation>trang web</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/image.py" line="43"/>
        <source>images</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/kindle.py" line="19"/>
        <source>Kindle e-book</source>
        <translation>sách điện tử Kindle</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/kindle.py" line="42"/>
        <source>Kindle e-books</source>
        <translation>sách điện tử Kindle</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/notebook.py" line="15"/>
        <source>Jupyter notebook</source>
        <translation>notebook Jupyter</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/notebook.py" line="31"/>
        <source>notebooks</source>
        <translation>notebook Jupyter</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odp.py" line="20"/>
        <source>OpenDocument presentation</source>
        <translation>bản trình chiếu OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odp.py" line="43"/>
        <source>OpenDocument presentations</source>
        <translation>bản trình bày OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/ods.py" line="19"/>
        <source>OpenDocument spreadsheet</source>
        <translation>bảng tính OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/ods.py" line="42"/>
        <source>OpenDocument spreadsheets</source>
        <translation>bảng tính OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odt.py" line="17"/>
        <source>OpenDocument text</source>
        <translation>văn bản OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odt.py" line="40"/>
        <source>OpenDocument texts</source>
        <translation>văn bản OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="25"/>
        <source>Word 97–2003 document</source>
        <translation>tài liệu Word 97–2003</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="26"/>
        <source>Excel 97–2003 workbook</source>
        <translation>sổ làm việc Excel 97–2003</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="27"/>
        <source>PowerPoint 97–2003 presentation</source>
        <translation>bản trình chiếu PowerPoint 97–2003</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="28"/>
        <source>Outlook message</source>
        <translation>thư Outlook</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="76"/>
        <source>Office 97–2003 files and Outlook messages</source>
        <translation>tệp Office 97–2003 và thư Outlook</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/pdf.py" line="37"/>
        <source>PDF documents</source>
        <translation>tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/pptx.py" line="18"/>
        <source>PowerPoint presentation</source>
        <translation>bản trình chiếu PowerPoint</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/pptx.py" line="36"/>
        <source>PowerPoint presentations</source>
        <translation>bản trình bày PowerPoint</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/rtf.py" line="17"/>
        <source>RTF document</source>
        <translation>tài liệu RTF</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/rtf.py" line="38"/>
        <source>RTF documents</source>
        <translation>tài liệu RTF</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/scan.py" line="30"/>
        <source>scans of several pages</source>
        <translation>bản quét nhiều trang</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/svg.py" line="32"/>
        <source>SVG drawings</source>
        <translation>bản vẽ SVG</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/text.py" line="37"/>
        <source>text files</source>
        <translation>tệp văn bản</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/video.py" line="42"/>
        <source>videos</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/webarchive.py" line="17"/>
        <source>Safari web archive</source>
        <translation>tệp lưu trữ web của Safari</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/webarchive.py" line="41"/>
        <source>Safari web archives</source>
        <translation>tệp lưu trữ web của Safari</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/xlsx.py" line="18"/>
        <source>Excel workbook</source>
        <translation>sổ làm việc Excel</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/xlsx.py" line="36"/>
        <source>Excel workbooks</source>
        <translation>bảng tính Excel</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="26"/>
        <source>a comic book</source>
        <translation>truyện tranh</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="64"/>
        <source>Page {number} of {name}</source>
        <translation>Trang {number} của {name}</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="57"/>
        <source>{name} has {count} page(s); page {number} does not exist.</source>
        <translation>{name} có {count} trang; không có trang {number}.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="103"/>
        <source>{name} has no pages: there are no pictures in it.</source>
        <translation>{name} không có trang nào: bên trong không có hình ảnh.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="106"/>
        <source>{name} has {count:,} pages; Desktop VLM opens comics of at most {limit:,} pages.</source>
        <translation>{name} có {count:,} trang; Desktop VLM chỉ mở truyện tranh tối đa {limit:,} trang.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="79"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Không đọc được {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="100"/>
        <source>{name} is damaged or is not {document_kind}.</source>
        <translation>{name} bị hỏng hoặc không phải là {document_kind}.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="138"/>
        <source>{page} is damaged.</source>
        <translation>{page} bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="126"/>
        <source>{page} is protected with a password.</source>
        <translation>{page} được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="129"/>
        <source>{page} unpacks to {size_mb:,.0f} MB; Desktop VLM reads pages of up to {limit_mb} MB.</source>
        <translation>{page} khi giải nén chiếm {size_mb:,.0f} MB; Desktop VLM chỉ đọc trang tối đa {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="29"/>
        <source>Open it in the program that made it, save a copy without the password, and attach that.</source>
        <translation>Hãy mở tệp bằng chương trình đã tạo ra nó, lưu một bản sao không có mật khẩu, rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="30"/>
        <source>Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or save a copy without the password in the program that made it and attach that.</source>
        <translation>Hãy đính kèm nó trong cửa sổ, nơi sẽ hỏi mật khẩu (desktop-vlm ask: --password-env), hoặc lưu một bản sao không có mật khẩu bằng chương trình đã tạo ra nó rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="135"/>
        <source>{name} is not a Word, Excel or PowerPoint file.</source>
        <translation>{name} không phải là tệp Word, Excel hay PowerPoint.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="47"/>
        <source>{name} is not an Office 97–2003 file, whatever its name says.</source>
        <translation>{name} không phải là tệp Office 97–2003, dù tên tệp có vẻ như vậy.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="69"/>
        <source>{name} is damaged: it has no {part} part.</source>
        <translation>{name} bị hỏng: không có phần {part}.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="136"/>
        <source>Save it as PDF in the program that made it, and attach that.</source>
        <translation>Hãy lưu tệp dưới dạng PDF trong chương trình đã tạo ra nó, rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="48"/>
        <source>Open it in the program that made it, save it as PDF or .docx, and attach that.</source>
        <translation>Hãy mở tệp bằng chương trình đã tạo ra nó, lưu dưới dạng PDF hoặc .docx, rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="53"/>
        <source>{name} is damaged: its Office container cannot be read.</source>
        <translation>{name} bị hỏng: không đọc được vùng chứa Office của nó.</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="74"/>
        <source>{name} is damaged: its {part} part cannot be read.</source>
        <translation>{name} bị hỏng: không đọc được phần {part} của nó.</translation>
    </message>
    <message>
        <location filename="../../media/docx_text.py" line="17"/>
        <source>a Word document</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <location filename="../../media/docx_text.py" line="48"/>
        <source>{name} is not a Word document: it has no document body.</source>
        <translation>{name} không phải là tài liệu Word: không có phần thân tài liệu.</translation>
    </message>
    <message>
        <location filename="../../media/email_text.py" line="67"/>
        <source>{name} is not an e-mail: it has no sender, recipient, subject or date.</source>
        <translation>{name} không phải là email: không có người gửi, người nhận, tiêu đề hay ngày gửi.</translation>
    </message>
    <message>
        <location filename="../../media/email_text.py" line="64"/>
        <source>{name} is damaged: its parts are nested deeper than any e-mail&apos;s.</source>
        <translation>{name} bị hỏng: các phần của nó lồng nhau sâu hơn bất kỳ email nào.</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="26"/>
        <source>an EPUB e-book</source>
        <translation>sách điện tử EPUB</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="60"/>
        <source>{name} is damaged: it does not say where its contents are.</source>
        <translation>{name} bị hỏng: tệp không cho biết nội dung nằm ở đâu.</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="96"/>
        <source>{name} is not an e-book with chapters to read.</source>
        <translation>{name} không phải là sách điện tử có chương để đọc.</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="78"/>
        <source>{name} is protected with DRM: its chapters are encrypted.</source>
        <translation>{name} được bảo vệ bằng DRM: các chương của nó đã bị mã hóa.</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="79"/>
        <source>Open it in the app it was bought in and copy the passage you are asking about.</source>
        <translation>Hãy mở nó trong ứng dụng bạn đã mua sách và sao chép đoạn bạn muốn hỏi.</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="24"/>
        <source>Attach the files you want to ask about, or a smaller folder.</source>
        <translation>Hãy đính kèm các tệp bạn muốn hỏi, hoặc một thư mục nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="62"/>
        <source>{name} is an empty folder.</source>
        <translation>{name} là một thư mục trống.</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="59"/>
        <source>Cannot read the folder {name}: {reason}.</source>
        <translation>Không đọc được thư mục {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="89"/>
        <source>Cannot pack the folder {name}: {reason}.</source>
        <translation>Không đóng gói được thư mục {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="48"/>
        <source>{name} holds more than {files:,} files or {size_mb} MB; Desktop VLM reads a folder up to that size.</source>
        <translation>{name} chứa hơn {files:,} tệp hoặc {size_mb} MB; Desktop VLM chỉ đọc thư mục đến cỡ đó.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="60"/>
        <source>Scale it down or crop the part you want to ask about.</source>
        <translation>Hãy thu nhỏ ảnh hoặc cắt lấy phần bạn muốn hỏi.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="61"/>
        <source>the pasted image</source>
        <translation>ảnh đã dán</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="176"/>
        <source>downscaled from {width}×{height} to {sent_width}×{sent_height} for {tiles} tiles</source>
        <translation>đã thu nhỏ từ {width}×{height} xuống {sent_width}×{sent_height} cho {tiles} ô</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="245"/>
        <source>{name} is {width}×{height} pixels, more than the {limit_mp:g} MP limit, and {reason}.</source>
        <translation>{name} có kích thước {width}×{height} pixel, vượt giới hạn {limit_mp:g} MP, và {reason}.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="227"/>
        <source>a progressive JPEG this large needs the whole image in memory to decode</source>
        <translation>ảnh JPEG progressive lớn như vậy cần nạp toàn bộ vào bộ nhớ để giải mã</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="236"/>
        <source>only 8-bit, non-interlaced PNGs this large can be downscaled while decoding</source>
        <translation>với kích thước này, chỉ ảnh PNG 8-bit không xen kẽ (non-interlaced) mới có thể thu nhỏ trong lúc giải mã</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="363"/>
        <source>{name} has no pixels ({width}×{height}).</source>
        <translation>{name} không có điểm ảnh nào ({width}×{height}).</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="366"/>
        <source>{name} is {width}×{height} pixels, more than the {limit_mp:g} MP limit.</source>
        <translation>{name} có kích thước {width}×{height} pixel, vượt giới hạn {limit_mp:g} MP.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="238"/>
        <source>{image_format} images this large cannot be downscaled while decoding (JPEG and PNG can)</source>
        <translation>ảnh {image_format} lớn như vậy không thể thu nhỏ trong lúc giải mã (JPEG và PNG thì có thể)</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="243"/>
        <source>such images this large cannot be downscaled while decoding (JPEG and PNG can)</source>
        <translation>loại ảnh này, khi lớn như vậy, không thể thu nhỏ trong lúc giải mã (JPEG và PNG thì có thể)</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="315"/>
        <source>{name} has {count:,} frames; Desktop VLM reads animations of at most {limit:,}.</source>
        <translation>{name} có {count:,} khung hình; Desktop VLM chỉ đọc ảnh động tối đa {limit:,} khung hình.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="350"/>
        <source>{name} is empty.</source>
        <translation>{name} trống.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="353"/>
        <source>File not found: {path}</source>
        <translation>Không tìm thấy tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="355"/>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} là một thư mục, không phải ảnh.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="391"/>
        <source>{name} declares far more pixels than the {limit_mp:g} MP limit (a decompression bomb?).</source>
        <translation>{name} khai báo số điểm ảnh vượt xa giới hạn {limit_mp:g} MP (có thể là một “bom giải nén”?).</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="401"/>
        <source>{name} is not an image Desktop VLM can read, or it is damaged.</source>
        <translation>{name} không phải là ảnh mà Desktop VLM đọc được, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="406"/>
        <source>{name} needs more memory to decode than is available.</source>
        <translation>{name} cần nhiều bộ nhớ để giải mã hơn mức hiện có.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="421"/>
        <source>{name} could not be decoded ({reason}); the file may be truncated or damaged.</source>
        <translation>Không giải mã được {name} ({reason}); tệp có thể bị cắt cụt hoặc bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="430"/>
        <source>{name} could not be decoded; the file may be damaged.</source>
        <translation>Không giải mã được {name}; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="402"/>
        <source>Supported: {formats}.</source>
        <translation>Các định dạng được hỗ trợ: {formats}.</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="140"/>
        <source>{items} and {last_item}</source>
        <translation>{items} và {last_item}</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="139"/>
        <source>{items}, {next_item}</source>
        <translation>{items}, {next_item}</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="102"/>
        <source>Attachments of the kind {kind!r} cannot be read by this version of Desktop VLM.</source>
        <translation>Phiên bản Desktop VLM này không đọc được tệp đính kèm thuộc loại {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="170"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <location filename="../../media/kind_spec.py" line="227"/>
        <source>{kind_title} ({formats})</source>
        <translation>{kind_title} ({formats})</translation>
    </message>
    <message>
        <location filename="../../media/kind_spec.py" line="242"/>
        <source>{name} is {size_mb:,.1f} MB; Desktop VLM reads {kind_title} of up to {limit_mb:,.0f} MB.</source>
        <translation>{name} có dung lượng {size_mb:,.1f} MB; Desktop VLM đọc {kind_title} có dung lượng tối đa {limit_mb:,.0f} MB.</translation>
    </message>
    <message>
        <location filename="../../media/kind_spec.py" line="249"/>
        <source>Attach a part of it.</source>
        <translation>Hãy đính kèm một phần của tệp.</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="31"/>
        <source>a Kindle e-book</source>
        <translation>sách điện tử Kindle</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="78"/>
        <source>{name} is not an e-book with text to read.</source>
        <translation>{name} không phải là sách điện tử có nội dung để đọc.</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="152"/>
        <source>{name} is protected with DRM: its text is encrypted.</source>
        <translation>{name} được bảo vệ bằng DRM: nội dung của nó đã bị mã hóa.</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="157"/>
        <source>{name} is compressed in Amazon&apos;s HUFF/CDIC format, which Desktop VLM does not read.</source>
        <translation>{name} được nén theo định dạng HUFF/CDIC của Amazon, định dạng mà Desktop VLM không đọc được.</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="101"/>
        <source>{name} is not {document_kind}.</source>
        <translation>{name} không phải là {document_kind}.</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="153"/>
        <source>Open it in the Kindle app it was bought for and copy the passage you are asking about.</source>
        <translation>Hãy mở nó trong ứng dụng Kindle bạn đã mua sách và sao chép đoạn bạn muốn hỏi.</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="158"/>
        <source>Convert it to EPUB with Calibre, and attach that.</source>
        <translation>Hãy chuyển nó sang EPUB bằng Calibre rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <location filename="../../media/notebook_text.py" line="29"/>
        <source>{name} is not a Jupyter notebook: it has no cells.</source>
        <translation>{name} không phải là notebook Jupyter: không có ô (cell) nào.</translation>
    </message>
    <message>
        <location filename="../../media/notebook_text.py" line="26"/>
        <source>{name} is damaged: it is not a notebook&apos;s JSON.</source>
        <translation>{name} bị hỏng: đây không phải JSON của một notebook.</translation>
    </message>
    <message>
        <location filename="../../media/odp_text.py" line="15"/>
        <source>an OpenDocument presentation</source>
        <translation>bản trình bày OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/odp_text.py" line="44"/>
        <source>{name} is not an OpenDocument presentation: it has no slides.</source>
        <translation>{name} không phải là bản trình bày OpenDocument: không có trang chiếu nào.</translation>
    </message>
    <message>
        <location filename="../../media/ods_text.py" line="25"/>
        <source>an OpenDocument spreadsheet</source>
        <translation>bảng tính OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/ods_text.py" line="79"/>
        <source>{name} is not an OpenDocument spreadsheet: it has no sheets.</source>
        <translation>{name} không phải là bảng tính OpenDocument: không có trang tính nào.</translation>
    </message>
    <message>
        <location filename="../../media/ods_text.py" line="75"/>
        <source>{name} is damaged: its text cannot be read.</source>
        <translation>{name} bị hỏng: không đọc được văn bản của nó.</translation>
    </message>
    <message>
        <location filename="../../media/odt_text.py" line="18"/>
        <source>an OpenDocument text</source>
        <translation>văn bản OpenDocument</translation>
    </message>
    <message>
        <location filename="../../media/odt_text.py" line="55"/>
        <source>{name} is not an OpenDocument text: it has no text body.</source>
        <translation>{name} không phải là văn bản OpenDocument: không có phần thân văn bản.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="53"/>
        <source>{name} is protected with a password; Desktop VLM cannot open it.</source>
        <translation>{name} được bảo vệ bằng mật khẩu; Desktop VLM không mở được.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="56"/>
        <source>{name} unpacks to {size_mb:,.0f} MB of markup; Desktop VLM reads documents of up to {limit_mb} MB.</source>
        <translation>{name} giải nén ra {size_mb:,.0f} MB mã đánh dấu (markup); Desktop VLM đọc tài liệu có dung lượng tối đa {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="90"/>
        <source>{name} holds XML an Office document never has (a DOCTYPE); it was not read.</source>
        <translation>{name} chứa XML mà tài liệu Office không bao giờ có (một DOCTYPE); tệp không được đọc.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="50"/>
        <source>{name} is not {document_kind}: it has no {part}.</source>
        <translation>{name} không phải là {document_kind}: không có phần {part}.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="62"/>
        <source>Attach a part of it, saved as a document of its own.</source>
        <translation>Hãy đính kèm một phần của tệp, lưu thành một tài liệu riêng.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="68"/>
        <source>{name} is damaged: {part} cannot be unpacked.</source>
        <translation>{name} bị hỏng: không giải nén được {part}.</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="104"/>
        <source>an Office document</source>
        <translation>tài liệu Office</translation>
    </message>
    <message>
        <location filename="../../media/paged.py" line="112"/>
        <source>{name} has no text to read: its pages are pictures, as in a scan.</source>
        <translation>{name} không có chữ để đọc: các trang của nó là hình ảnh, như một bản quét.</translation>
    </message>
    <message>
        <location filename="../../media/paged.py" line="116"/>
        <source>PDF text</source>
        <translation>văn bản PDF</translation>
    </message>
    <message>
        <location filename="../../media/paged.py" line="113"/>
        <source>Send its pages as pictures instead.</source>
        <translation>Thay vào đó, hãy gửi các trang dưới dạng hình ảnh.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="41"/>
        <source>{name} is not a file.</source>
        <translation>{name} không phải là tệp.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="57"/>
        <source>A script that runs Desktop VLM must start it under if __name__ == &apos;__main__&apos;:.</source>
        <translation>Script chạy Desktop VLM phải khởi động nó bên trong if __name__ == &apos;__main__&apos;:.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="58"/>
        <source>the PDF renderer process ended while starting (exit code {exit_code})</source>
        <translation>tiến trình kết xuất PDF đã kết thúc ngay khi đang khởi động (mã thoát {exit_code})</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="71"/>
        <source>{what} is too large or complex to render (it needs more than the {limit_gb:.3g} GB the PDF renderer may use).</source>
        <translation>{what} quá lớn hoặc quá phức tạp để kết xuất (cần hơn {limit_gb:.3g} GB, mức bộ nhớ tối đa mà trình kết xuất PDF được dùng).</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="78"/>
        <source>{what} is too large or complex to render.</source>
        <translation>{what} quá lớn hoặc quá phức tạp để kết xuất.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="114"/>
        <source>{name} has {count:,} pages; Desktop VLM opens PDFs of at most {limit:,} pages.</source>
        <translation>{name} có {count:,} trang; Desktop VLM chỉ mở PDF có tối đa {limit:,} trang.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="49"/>
        <source>{what} is too complex to render: it took longer than {seconds:g} s and was stopped.</source>
        <translation>{what} quá phức tạp để kết xuất: mất hơn {seconds:g} s nên đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="62"/>
        <source>The PDF renderer could not start, so {name} cannot be read ({reason}).</source>
        <translation>Trình kết xuất PDF không khởi động được, nên không thể đọc {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="79"/>
        <source>The file may be damaged or built to exhaust memory.</source>
        <translation>Tệp có thể bị hỏng hoặc được tạo ra để làm cạn kiệt bộ nhớ.</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="54"/>
        <source>The file may be damaged or built to exhaust the renderer.</source>
        <translation>Tệp có thể bị hỏng hoặc được tạo ra để làm quá tải trình hiển thị.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="149"/>
        <source>Page {number} of {name} rendered at an unexpected size {size}.</source>
        <translation>Trang {number} của {name} được kết xuất với kích thước bất thường {size}.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="128"/>
        <source>Page {number} of {name} has an unusable size ({width:g}×{height:g} pt).</source>
        <translation>Trang {number} của {name} có kích thước không dùng được ({width:g}×{height:g} pt).</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="141"/>
        <source>Page {number} of {name} could not be rendered; the file may be damaged.</source>
        <translation>Không kết xuất được trang {number} của {name}; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="211"/>
        <source>{name} is not a PDF Desktop VLM can read; it may be damaged.</source>
        <translation>{name} không phải là tệp PDF mà Desktop VLM đọc được; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="217"/>
        <source>An unprotected copy of {name} could not be written ({reason}).</source>
        <translation>Không thể ghi bản sao không có bảo vệ của {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="81"/>
        <source>Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or save an unprotected copy in a PDF viewer and attach that.</source>
        <translation>Hãy đính kèm nó trong cửa sổ, nơi sẽ hỏi mật khẩu (desktop-vlm ask: --password-env), hoặc lưu một bản sao không có bảo vệ bằng trình xem PDF rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="183"/>
        <source>The text of page {number} of {name} cannot be read; it may be damaged.</source>
        <translation>Không đọc được chữ của trang {number} trong {name}; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="207"/>
        <source>That is not the password of {name}.</source>
        <translation>Đó không phải là mật khẩu của {name}.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="86"/>
        <source>{name} is password-protected.</source>
        <translation>{name} được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="90"/>
        <source>{name} uses a protection scheme Desktop VLM cannot open.</source>
        <translation>{name} dùng một cơ chế bảo vệ mà Desktop VLM không mở được.</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="208"/>
        <source>Type the password the PDF asks for when it is opened.</source>
        <translation>Hãy nhập mật khẩu mà tệp PDF yêu cầu khi được mở.</translation>
    </message>
    <message>
        <location filename="../../media/png_strips.py" line="138"/>
        <source>Downscaling this {width}×{height} PNG took too long; it was stopped.</source>
        <translation>Thu nhỏ ảnh PNG {width}×{height} này mất quá nhiều thời gian nên đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="113"/>
        <source>{name} is not a PowerPoint presentation: it has no slides.</source>
        <translation>{name} không phải là bản trình bày PowerPoint: không có trang chiếu nào.</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="148"/>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} bị hỏng: {reason}.</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="153"/>
        <source>a record lies outside its part</source>
        <translation>một bản ghi nằm ngoài phần chứa nó</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="157"/>
        <source>a record is longer than the part holding it</source>
        <translation>một bản ghi dài hơn phần chứa nó</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="174"/>
        <source>its records point into one another</source>
        <translation>các bản ghi của nó trỏ chồng lên nhau</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="179"/>
        <source>a record is too short</source>
        <translation>một bản ghi quá ngắn</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="218"/>
        <source>its Current User part is not a PowerPoint one</source>
        <translation>phần Current User của nó không phải của PowerPoint</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="246"/>
        <source>a saved edit does not point at its persist directory</source>
        <translation>một bản chỉnh sửa đã lưu không trỏ tới persist directory của nó</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="265"/>
        <source>a slide, or the document listing them, is missing</source>
        <translation>thiếu một trang chiếu, hoặc thiếu phần tài liệu liệt kê các trang chiếu</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="314"/>
        <source>its shapes are grouped deeper than any presentation&apos;s</source>
        <translation>các hình (shape) của nó được nhóm lồng nhau sâu hơn mức mà mọi bản trình bày thật có</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="226"/>
        <source>its saved edits point at one another in a loop</source>
        <translation>các lần lưu chỉnh sửa của tệp trỏ lẫn nhau thành vòng lặp</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="230"/>
        <source>its Current User part does not point at a saved edit</source>
        <translation>phần Current User của tệp không trỏ tới lần lưu chỉnh sửa nào</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="253"/>
        <source>its persist directory is cut short</source>
        <translation>bảng persist directory của tệp bị cắt cụt</translation>
    </message>
    <message>
        <location filename="../../media/pptx_text.py" line="17"/>
        <source>a PowerPoint presentation</source>
        <translation>bản trình chiếu PowerPoint</translation>
    </message>
    <message>
        <location filename="../../media/rtf_text.py" line="117"/>
        <source>{name} is not an RTF document: it does not start as one.</source>
        <translation>{name} không phải là tài liệu RTF: tệp không bắt đầu như một tài liệu RTF.</translation>
    </message>
    <message>
        <location filename="../../media/rtf_text.py" line="211"/>
        <source>{name} nests its groups more than {limit:,} deep: it is damaged or not a real document.</source>
        <translation>{name} có các nhóm lồng nhau sâu quá {limit:,} cấp: tệp bị hỏng hoặc không phải là tài liệu thật.</translation>
    </message>
    <message>
        <location filename="../../media/scan_pages.py" line="43"/>
        <source>{name} has {count:,} pages; Desktop VLM opens scans of at most {limit:,}.</source>
        <translation>{name} có {count:,} trang; Desktop VLM chỉ mở bản quét có tối đa {limit:,} trang.</translation>
    </message>
    <message>
        <location filename="../../media/scan_pages.py" line="49"/>
        <source>Split it into smaller files.</source>
        <translation>Hãy chia nó thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="63"/>
        <source>{name} is damaged or is not an SVG drawing.</source>
        <translation>{name} bị hỏng hoặc không phải là bản vẽ SVG.</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="76"/>
        <source>{name} is {size_mb:.0f} MB; Desktop VLM reads SVG drawings of at most {limit_mb:.0f} MB.</source>
        <translation>{name} có dung lượng {size_mb:.0f} MB; Desktop VLM chỉ đọc bản vẽ SVG tối đa {limit_mb:.0f} MB.</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="99"/>
        <source>{name} has nothing Desktop VLM can draw.</source>
        <translation>{name} không có gì Desktop VLM có thể vẽ.</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="103"/>
        <source>{name} could not be drawn; it may be damaged.</source>
        <translation>{name} không vẽ được; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="83"/>
        <source>{name} holds binary data, not text.</source>
        <translation>{name} chứa dữ liệu nhị phân, không phải văn bản.</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="109"/>
        <source>{name} is not text in an encoding Desktop VLM recognises.</source>
        <translation>{name} không phải là văn bản theo bảng mã mà Desktop VLM nhận ra được.</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="210"/>
        <source>{name} has no text in it.</source>
        <translation>{name} không có chữ nào.</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="84"/>
        <source>Attach text files, pictures, PDFs or videos.</source>
        <translation>Hãy đính kèm tệp văn bản, ảnh, PDF hoặc video.</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="110"/>
        <source>Save it as UTF-8.</source>
        <translation>Hãy lưu tệp dưới dạng UTF-8.</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="75"/>
        <source>{name} starts as {encoding} text but is damaged further on.</source>
        <translation>{name} bắt đầu là văn bản {encoding} nhưng bị hỏng ở đoạn sau.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="137"/>
        <source>Type the password the archive asks for when it is unpacked.</source>
        <translation>Hãy nhập mật khẩu mà tệp nén yêu cầu khi giải nén.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="128"/>
        <source>{name} could not be opened with its password; it may be damaged.</source>
        <translation>Không thể mở {name} bằng mật khẩu của nó; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="56"/>
        <source>{name} is not a file that opens with a password.</source>
        <translation>{name} không phải là tệp mở bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="120"/>
        <source>Type the password the document asks for when it is opened.</source>
        <translation>Hãy nhập mật khẩu mà tài liệu yêu cầu khi được mở.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="145"/>
        <source>{name} holds {size_mb:,.0f} MB under its password; Desktop VLM opens up to {limit_mb} MB of a protected archive.</source>
        <translation>{name} chứa {size_mb:,.0f} MB được bảo vệ bằng mật khẩu; Desktop VLM chỉ mở tối đa {limit_mb} MB của một tệp nén có bảo vệ.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="152"/>
        <source>Unpack it with its password, and attach the files you want to ask about.</source>
        <translation>Hãy giải nén nó bằng mật khẩu, rồi đính kèm các tệp bạn muốn hỏi.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="163"/>
        <source>{name} is protected with AES encryption, which Desktop VLM cannot open.</source>
        <translation>{name} được bảo vệ bằng mã hóa AES, Desktop VLM không mở được.</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="166"/>
        <source>Unpack it with 7-Zip or your system&apos;s archive tool, and attach its files.</source>
        <translation>Hãy giải nén nó bằng 7-Zip hoặc công cụ nén của hệ thống, rồi đính kèm các tệp bên trong.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="13"/>
        <source>an archive</source>
        <translation>tệp lưu trữ nén</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="13"/>
        <source>Unpack it and attach the files inside.</source>
        <translation>Hãy giải nén rồi đính kèm các tệp bên trong.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="17"/>
        <source>an Apple Pages document</source>
        <translation>tài liệu Apple Pages</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="18"/>
        <source>In Pages, choose File → Export To → PDF or Word, and attach that.</source>
        <translation>Trong Pages, chọn File → Export To → PDF hoặc Word, rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="21"/>
        <source>an Apple Numbers spreadsheet</source>
        <translation>bảng tính Apple Numbers</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="22"/>
        <source>In Numbers, choose File → Export To → Excel or CSV, and attach that.</source>
        <translation>Trong Numbers, chọn File → Export To → Excel hoặc CSV, rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="25"/>
        <source>an Apple Keynote presentation</source>
        <translation>bản trình chiếu Apple Keynote</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="26"/>
        <source>In Keynote, choose File → Export To → PDF, and attach that.</source>
        <translation>Trong Keynote, chọn File → Export To → PDF, rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="29"/>
        <source>a comic book in a RAR archive</source>
        <translation>truyện tranh nén trong tệp RAR</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="30"/>
        <source>Convert it to CBZ (Calibre and most comic readers can), and attach that.</source>
        <translation>Hãy chuyển nó sang CBZ (Calibre và hầu hết các trình đọc truyện tranh đều làm được) rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="34"/>
        <source>a compressed file</source>
        <translation>tệp nén</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="34"/>
        <source>Unpack it and attach the file inside.</source>
        <translation>Hãy giải nén rồi đính kèm tệp bên trong.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="53"/>
        <source>{name} is {what}, which Desktop VLM cannot read.</source>
        <translation>{name} là {what}, loại tệp mà Desktop VLM không đọc được.</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="49"/>
        <source>{name} is not a file type Desktop VLM can read.</source>
        <translation>{name} không thuộc loại tệp mà Desktop VLM đọc được.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="35"/>
        <source>Its header may not tell its real frame size.</source>
        <translation>Phần đầu của tệp có thể không ghi đúng kích thước khung hình thật.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="108"/>
        <source>{name} has no video track.</source>
        <translation>{name} không có luồng video.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="175"/>
        <source>Ask for at least one frame.</source>
        <translation>Hãy yêu cầu ít nhất một khung hình.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="178"/>
        <source>Ask for at most {limit} frames of a video (asked for {count:,}).</source>
        <translation>Hãy yêu cầu tối đa {limit} khung hình cho một video (đã yêu cầu {count:,}).</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="213"/>
        <source>No frame of {name} could be decoded.</source>
        <translation>Không giải mã được khung hình nào của {name}.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="263"/>
        <source>{name} has a frame of {width}×{height} pixels, more than the {limit_width}×{limit_height} limit.</source>
        <translation>{name} có một khung hình {width}×{height} pixel, vượt giới hạn {limit_width}×{limit_height}.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="100"/>
        <source>{name} is not a video Desktop VLM can read ({reason}).</source>
        <translation>{name} không phải là video mà Desktop VLM đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="128"/>
        <source>{name} uses a video codec Desktop VLM cannot decode.</source>
        <translation>{name} dùng codec video mà Desktop VLM không giải mã được.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="132"/>
        <source>{name} has an unsupported frame size ({width}×{height}).</source>
        <translation>{name} có kích thước khung hình không được hỗ trợ ({width}×{height}).</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="149"/>
        <source>{name} contains no video frames.</source>
        <translation>{name} không chứa khung hình video nào.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="153"/>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} bị hỏng và không đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="198"/>
        <source>{name} has a frame larger than {limit_width}×{limit_height} pixels, or damaged frames.</source>
        <translation>{name} có khung hình lớn hơn {limit_width}×{limit_height} pixel, hoặc có khung hình bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="208"/>
        <source>{name} is damaged and cannot be decoded ({reason}).</source>
        <translation>{name} bị hỏng và không giải mã được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../media/webarchive_text.py" line="25"/>
        <source>a web archive</source>
        <translation>tệp lưu trữ web</translation>
    </message>
    <message>
        <location filename="../../media/webarchive_text.py" line="61"/>
        <source>{name} saved a {kind} file, not a web page.</source>
        <translation>{name} lưu một tệp {kind}, không phải một trang web.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="161"/>
        <source>{name} is not a Word document: its WordDocument part has no Word header.</source>
        <translation>{name} không phải là tài liệu Word: phần WordDocument của tệp không có phần đầu Word.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="165"/>
        <source>{name} was saved by Word 6 or Word 95, which Desktop VLM cannot read.</source>
        <translation>{name} được lưu bằng Word 6 hoặc Word 95, định dạng mà Desktop VLM không đọc được.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="187"/>
        <source>{name} is damaged: its Word header is cut short.</source>
        <translation>{name} bị hỏng: phần đầu Word của tệp bị cắt cụt.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="193"/>
        <source>{name} is damaged: a table points past the end of its part.</source>
        <translation>{name} bị hỏng: một bảng trỏ ra ngoài cuối phần chứa nó.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="206"/>
        <source>{name} is damaged: its piece table is missing.</source>
        <translation>{name} bị hỏng: thiếu bảng phân đoạn văn bản (piece table).</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="211"/>
        <source>{name} is damaged: its piece table is empty.</source>
        <translation>{name} bị hỏng: bảng phân đoạn văn bản (piece table) trống.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="246"/>
        <source>{name} is damaged: its paragraph table is cut short.</source>
        <translation>{name} bị hỏng: bảng đoạn văn của tệp bị cắt cụt.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="166"/>
        <source>Save it as .docx or PDF in Word or LibreOffice, and attach that.</source>
        <translation>Hãy lưu tệp dưới dạng .docx hoặc PDF bằng Word hoặc LibreOffice, rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="219"/>
        <source>{name} is damaged: its pieces are out of order.</source>
        <translation>{name} bị hỏng: các phân đoạn văn bản không đúng thứ tự.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="233"/>
        <source>{name} is damaged: its text points past the end of the file.</source>
        <translation>{name} bị hỏng: phần văn bản trỏ ra ngoài cuối tệp.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="253"/>
        <source>{name} is damaged: a page of paragraph properties is missing.</source>
        <translation>{name} bị hỏng: thiếu một trang thuộc tính đoạn văn.</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="256"/>
        <source>{name} is damaged: a page of paragraph properties is too full.</source>
        <translation>{name} bị hỏng: một trang thuộc tính đoạn văn chứa quá nhiều mục.</translation>
    </message>
    <message>
        <location filename="../../media/xls_text.py" line="78"/>
        <source>{name} is not an Excel workbook: it has no sheets.</source>
        <translation>{name} không phải là sổ làm việc Excel: tệp không có trang tính nào.</translation>
    </message>
    <message>
        <location filename="../../media/xls_text.py" line="58"/>
        <source>{name} is damaged: its workbook cannot be read.</source>
        <translation>{name} bị hỏng: không đọc được sổ làm việc bên trong.</translation>
    </message>
    <message>
        <location filename="../../media/xls_text.py" line="74"/>
        <source>{name} is damaged: a sheet of its workbook cannot be read.</source>
        <translation>{name} bị hỏng: không đọc được một trang tính trong sổ làm việc.</translation>
    </message>
    <message>
        <location filename="../../media/xlsx_text.py" line="24"/>
        <source>an Excel workbook</source>
        <translation>sổ làm việc Excel</translation>
    </message>
    <message>
        <location filename="../../media/xlsx_text.py" line="200"/>
        <source>{name} is damaged: a cell refers to text the workbook does not have.</source>
        <translation>{name} bị hỏng: một ô tham chiếu tới văn bản không có trong sổ làm việc.</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="37"/>
        <source>Remote URL must start with http:// or https:// (got {url!r}).</source>
        <translation>URL máy chủ từ xa phải bắt đầu bằng http:// hoặc https:// (nhận được {url!r}).</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="156"/>
        <source>The model server at {url} answered HTTP {status}: {reason}</source>
        <translation>Máy chủ mô hình tại {url} trả lời HTTP {status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="42"/>
        <source>Remote URL has an invalid port (got {url!r}).</source>
        <translation>URL máy chủ từ xa có cổng không hợp lệ (nhận được {url!r}).</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="129"/>
        <source>The model server at {url} refused the API key (HTTP {status}).</source>
        <translation>Máy chủ mô hình tại {url} từ chối khóa API (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="134"/>
        <source>The model server at {url} refused the request: {reason}</source>
        <translation>Máy chủ mô hình tại {url} từ chối yêu cầu: {reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="138"/>
        <source>The model server at {url} is busy or not ready (HTTP {status}): {reason}</source>
        <translation>Máy chủ mô hình tại {url} đang bận hoặc chưa sẵn sàng (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="148"/>
        <source>The model server at {url} has no chat-completions endpoint or no model {model!r}: {reason}</source>
        <translation>Máy chủ mô hình tại {url} không có API chat-completions hoặc không có mô hình {model!r}: {reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="106"/>
        <source>Cannot reach the model server at {url} ({reason}).</source>
        <translation>Không kết nối được tới máy chủ mô hình tại {url} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="130"/>
        <source>Check the key variable, or the server&apos;s key setting.</source>
        <translation>Hãy kiểm tra biến chứa khóa, hoặc thiết lập khóa trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="144"/>
        <source>Try again shortly.</source>
        <translation>Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="171"/>
        <source>The server at {url} did not answer /v1/models in the OpenAI format.</source>
        <translation>Máy chủ tại {url} không trả lời /v1/models theo định dạng OpenAI.</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="175"/>
        <source>Lost the connection to {url} ({reason}).</source>
        <translation>Mất kết nối tới {url} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="253"/>
        <source>The server at {url} closed the stream before the answer ended.</source>
        <translation>Máy chủ tại {url} đã đóng luồng dữ liệu trước khi câu trả lời kết thúc.</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="107"/>
        <source>Is it running, and is the address right?</source>
        <translation>Máy chủ có đang chạy không, và địa chỉ có đúng không?</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="229"/>
        <source>The model server failed mid-answer: {reason}</source>
        <translation>Máy chủ mô hình gặp lỗi giữa chừng khi đang trả lời: {reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="237"/>
        <source>The server at {url} sent a response that is not OpenAI-compatible.</source>
        <translation>Máy chủ tại {url} gửi về phản hồi không tương thích với OpenAI.</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="242"/>
        <source>Lost the connection to {url} mid-answer ({reason}).</source>
        <translation>Mất kết nối tới {url} giữa chừng câu trả lời ({reason}).</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="35"/>
        <source>Unknown fake: option(s) {options}; use delay, answer, fail.</source>
        <translation>Tùy chọn không xác định cho fake: {options}; hãy dùng delay, answer, fail.</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="49"/>
        <source>Scripted failure.</source>
        <translation>Lỗi giả lập theo kịch bản.</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="97"/>
        <source>Environment variable {variable} is not set or empty; it should hold the API key.</source>
        <translation>Biến môi trường {variable} chưa được đặt hoặc để trống; biến này cần chứa khóa API.</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="45"/>
        <source>fake: delay must be a number of seconds (got {delay!r}).</source>
        <translation>fake: delay phải là số giây (nhận được {delay!r}).</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="71"/>
        <source>More images were given than the conversation has &lt;image&gt; placeholders.</source>
        <translation>Số ảnh được đưa vào nhiều hơn số chỗ đặt &lt;image&gt; trong cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="79"/>
        <source>Beam search is not available with a remote model.</source>
        <translation>Không thể dùng beam search với mô hình từ xa.</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="44"/>
        <source>The conversation has more &lt;image&gt; placeholders than images.</source>
        <translation>Cuộc trò chuyện có nhiều chỗ đặt &lt;image&gt; hơn số ảnh.</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="47"/>
        <source>Combined images cannot be sent to a remote server; send them separately.</source>
        <translation>Không thể gửi ảnh đã ghép tới máy chủ từ xa; hãy gửi từng ảnh riêng.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="147"/>
        <source>Download the model again, or get it with the model manager.</source>
        <translation>Hãy tải lại mô hình, hoặc lấy mô hình qua Quản lý mô hình.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="143"/>
        <source>Its download did not finish (partial files are still there): run the same download again to finish it, or download the model with the model manager.</source>
        <translation>Lần tải về chưa xong (các tệp tải dở vẫn còn đó): hãy chạy lại đúng lần tải đó để tải nốt, hoặc tải mô hình qua Quản lý mô hình.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="162"/>
        <source>{path} is a file, not a model folder.</source>
        <translation>{path} là một tệp, không phải thư mục mô hình.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="183"/>
        <source>No model.safetensors or {index} in {folder}.</source>
        <translation>Không có model.safetensors hoặc {index} trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="279"/>
        <source>{name} in {folder} is not a valid safetensors file ({reason}).</source>
        <translation>{name} trong {folder} không phải là tệp safetensors hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="107"/>
        <source>Model folder not found: {folder}</source>
        <translation>Không tìm thấy thư mục mô hình: {folder}</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="153"/>
        <source>{name} is a GGUF file</source>
        <translation>{name} là tệp GGUF</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="156"/>
        <source>{name} is one file of a model; a model is the folder that holds its config.json and weights.</source>
        <translation>{name} chỉ là một tệp của mô hình; mô hình là cả thư mục chứa config.json và các tệp trọng số.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="175"/>
        <source>{folder} only has pickle-based weights ({files}). Loading those could run code, so Desktop VLM refuses them.</source>
        <translation>{folder} chỉ có trọng số dạng pickle ({files}). Nạp các tệp này có thể chạy mã bên trong, nên Desktop VLM từ chối chúng.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="191"/>
        <source>{index} in {folder} has no weight_map (a JSON object of tensor -&gt; file).</source>
        <translation>{index} trong {folder} không có weight_map (một đối tượng JSON ánh xạ tensor -&gt; tệp).</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="213"/>
        <source>Weight file(s) missing from {folder}: {files}.</source>
        <translation>Thiếu tệp trọng số trong {folder}: {files}.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="275"/>
        <source>its header is nested too deeply</source>
        <translation>phần đầu tệp lồng nhau quá sâu</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="290"/>
        <source>its header is not a JSON object</source>
        <translation>phần đầu tệp không phải là đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="327"/>
        <source>its header describes {described:,} bytes but the file has {size:,} (truncated?)</source>
        <translation>phần đầu tệp mô tả {described:,} byte nhưng tệp có {size:,} byte (bị cắt cụt?)</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="479"/>
        <source>Tensor {tensor!r} has an unsupported dtype {dtype!r}.</source>
        <translation>Tensor {tensor!r} có kiểu dữ liệu {dtype!r} không được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="91"/>
        <source>{path} is {size:,} bytes, more than a checkpoint&apos;s JSON file can be.</source>
        <translation>{path} có {size:,} byte, lớn hơn mức một tệp JSON của checkpoint có thể có.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="95"/>
        <source>{name} is missing from {folder}.</source>
        <translation>Thiếu {name} trong {folder}.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="120"/>
        <source>{folder} is a Hugging Face cache, holding {count} model(s); a model is one folder in it.</source>
        <translation>{folder} là bộ nhớ đệm Hugging Face, chứa {count} mô hình; mỗi mô hình là một thư mục bên trong.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="160"/>
        <source>Choose the folder {folder} instead.</source>
        <translation>Hãy chọn thư mục {folder} thay cho tệp này.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="181"/>
        <source>Download the model&apos;s .safetensors files instead (most hub repos provide them).</source>
        <translation>Thay vào đó, hãy tải về các tệp .safetensors của mô hình (hầu hết các kho trên hub đều có).</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="200"/>
        <source>{index} in {folder} names {file!r} as the file of {tensor!r}; weight files must be plain {suffix} file names inside the model folder, so nothing was opened.</source>
        <translation>{index} trong {folder} ghi {file!r} là tệp chứa {tensor!r}; tệp trọng số phải là tên tệp {suffix} đơn giản nằm trong thư mục mô hình, nên không tệp nào được mở.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="222"/>
        <source>{file} does not contain {tensor!r} although {index} says it does.</source>
        <translation>{file} không chứa {tensor!r} dù {index} ghi là có.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="296"/>
        <source>the entry of {tensor!r} is not a JSON object</source>
        <translation>mục của {tensor!r} không phải là đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="299"/>
        <source>{tensor!r} has the unknown dtype {dtype!r}</source>
        <translation>{tensor!r} có kiểu dữ liệu lạ {dtype!r}</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="302"/>
        <source>{tensor!r} has the shape {shape!r}, not a list of non-negative integers</source>
        <translation>{tensor!r} có hình dạng {shape!r}, không phải danh sách các số nguyên không âm</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="307"/>
        <source>{tensor!r} has the byte range {offsets!r}</source>
        <translation>{tensor!r} có khoảng byte không hợp lệ {offsets!r}</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="312"/>
        <source>the byte range of {tensor!r} does not match its shape {shape} in {dtype}</source>
        <translation>khoảng byte của {tensor!r} không khớp với hình dạng {shape} ở kiểu {dtype}</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="323"/>
        <source>its tensors&apos; byte ranges overlap or leave gaps</source>
        <translation>khoảng byte của các tensor chồng lên nhau hoặc để hở</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="250"/>
        <source>its header length {length:,} does not fit a {size:,}-byte file</source>
        <translation>độ dài phần đầu tệp {length:,} không hợp với một tệp {size:,} byte</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="389"/>
        <source>Tensor {tensor!r} is missing from {folder}; the checkpoint is incomplete or of another variant.</source>
        <translation>Thiếu tensor {tensor!r} trong {folder}; checkpoint chưa đầy đủ hoặc thuộc một biến thể khác.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="418"/>
        <source>{file} is truncated (tensor {tensor!r} runs past the end of the file).</source>
        <translation>{file} bị cắt cụt (tensor {tensor!r} vượt quá cuối tệp).</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="461"/>
        <source>{file} is not a valid safetensors file ({reason}).</source>
        <translation>{file} không phải là tệp safetensors hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint_facts.py" line="104"/>
        <source>The tokenizer lacks {tokens}, which the prompt format needs.</source>
        <translation>Bộ tách từ thiếu {tokens}, là những token mà định dạng lời nhắc cần.</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint_facts.py" line="107"/>
        <source>The tokenizer has {tokens:,} tokens but the model only {rows:,} embedding rows: these files do not belong together.</source>
        <translation>Bộ tách từ có {tokens:,} token nhưng mô hình chỉ có {rows:,} hàng embedding: các tệp này không đi cùng nhau.</translation>
    </message>
    <message>
        <location filename="../../runtime/config_checks.py" line="76"/>
        <source>config.json describes a model of {implied:,} parameters, but its weight files hold {stored:,}; the config does not belong to these weights (or was edited).</source>
        <translation>config.json mô tả một mô hình {implied:,} tham số, nhưng các tệp trọng số chứa {stored:,}; cấu hình này không thuộc về bộ trọng số này (hoặc đã bị sửa).</translation>
    </message>
    <message>
        <location filename="../../runtime/config_checks.py" line="60"/>
        <source>Tensor {tensor!r} in {file} is stored as {dtype}; the {family} weights are floating point (BF16, F16 or F32), so the file is damaged or is not these weights.</source>
        <translation>Tensor {tensor!r} trong {file} được lưu dạng {dtype}; trọng số {family} là số thực dấu phẩy động (BF16, F16 hoặc F32), nên tệp bị hỏng hoặc không chứa đúng bộ trọng số này.</translation>
    </message>
    <message>
        <location filename="../../runtime/config_checks.py" line="82"/>
        <source>Download the model again, or restore its original config.json.</source>
        <translation>Hãy tải lại mô hình, hoặc khôi phục config.json gốc của nó.</translation>
    </message>
    <message>
        <location filename="../../runtime/config_defaults.py" line="40"/>
        <source>Unsupported language model architecture {architecture!r}.</source>
        <translation>Kiến trúc mô hình ngôn ngữ {architecture!r} không được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../runtime/config_defaults.py" line="42"/>
        <source>none given</source>
        <translation>chưa khai báo</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="48"/>
        <source>config.json: {detail}.</source>
        <translation>config.json: {detail}.</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="102"/>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="103"/>
        <source>true, false or null</source>
        <translation>true, false hoặc null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="104"/>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="105"/>
        <source>a whole number or null</source>
        <translation>một số nguyên hoặc null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="106"/>
        <source>a decimal number such as 1e-06</source>
        <translation>một số thập phân, ví dụ 1e-06</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="107"/>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="110"/>
        <source>a token id, a list of token ids or null</source>
        <translation>một ID token, một danh sách ID token hoặc null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="112"/>
        <source>a JSON object or null</source>
        <translation>một đối tượng JSON hoặc null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="113"/>
        <source>a string or null</source>
        <translation>một chuỗi hoặc null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="49"/>
        <source>The file is damaged or was edited; restore the original.</source>
        <translation>Tệp bị hỏng hoặc đã bị sửa; hãy khôi phục bản gốc.</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="59"/>
        <source>the {key} section is {type_name}, not a JSON object</source>
        <translation>mục {key} là {type_name}, không phải đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="80"/>
        <source>{field} is {value!r}; it must be a whole number from {least:,} to {most:,}</source>
        <translation>{field} là {value!r}; giá trị phải là số nguyên từ {least:,} đến {most:,}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="155"/>
        <source>{field} is {value!r}; known activations are {activations}</source>
        <translation>{field} là {value!r}; các hàm kích hoạt đã biết: {activations}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="167"/>
        <source>{field} is {value!r}; it must be a positive number</source>
        <translation>{field} là {value!r}; giá trị phải là số dương</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="177"/>
        <source>{section}num_attention_heads {heads} / num_key_value_heads {kv_heads} do not divide {width}</source>
        <translation>{section}num_attention_heads {heads} / num_key_value_heads {kv_heads} không chia đều {width}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="214"/>
        <source>{field} must list one of {types} per layer</source>
        <translation>{field} phải liệt kê một trong {types} cho mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="222"/>
        <source>{field} is {value!r}; it must be a token id below vocab_size {vocab:,}, or null</source>
        <translation>{field} là {value!r}; giá trị phải là một ID token nhỏ hơn vocab_size {vocab:,}, hoặc null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="233"/>
        <source>{field} is {value!r}; a {architecture} language model is {model_type!r}</source>
        <translation>{field} là {value!r}; với mô hình ngôn ngữ {architecture}, giá trị phải là {model_type!r}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="272"/>
        <source>downsample_ratio is {ratio!r}; it must be 1/n, n dividing the {grid}-patch grid</source>
        <translation>downsample_ratio là {ratio!r}; giá trị phải là 1/n, trong đó lưới {grid} patch chia hết cho n</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="57"/>
        <source>the {key} section is missing</source>
        <translation>thiếu mục {key}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="76"/>
        <source>{field} is missing</source>
        <translation>thiếu {field}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="145"/>
        <source>{field} is {value!r}; it must be {wanted}</source>
        <translation>{field} là {value!r}; giá trị phải là {wanted}</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="139"/>
        <source>Close other programs, pick a smaller precision, or use another device.</source>
        <translation>Hãy đóng bớt các chương trình khác, chọn độ chính xác thấp hơn, hoặc dùng thiết bị khác.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="144"/>
        <source>With {bits} weights it needs about {need_gib:.1f} GiB and fits: --quantize {mode}, or Weights: {bits} in the window&apos;s model manager.</source>
        <translation>Với trọng số {bits}, mô hình cần khoảng {need_gib:.1f} GiB và vừa bộ nhớ: dùng --quantize {mode}, hoặc chọn Trọng số: {bits} trong Quản lý mô hình của cửa sổ.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="152"/>
        <source>The model needs about {need_gib:.1f} GiB on {device} but only {free_gib:.1f} GiB is free.</source>
        <translation>Mô hình cần khoảng {need_gib:.1f} GiB trên {device} nhưng chỉ còn trống {free_gib:.1f} GiB.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="37"/>
        <source>CUDA was requested but no CUDA GPU is available to torch.</source>
        <translation>Đã yêu cầu CUDA nhưng torch không thấy GPU CUDA nào.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="41"/>
        <source>Apple MPS was requested but is not available.</source>
        <translation>Đã yêu cầu Apple MPS nhưng MPS không khả dụng.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="44"/>
        <source>Unknown device {device!r}; use cpu, cuda or mps.</source>
        <translation>Thiết bị không xác định {device!r}; hãy dùng cpu, cuda hoặc mps.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="114"/>
        <source>float16 is not supported on CPU; use float32 or bfloat16.</source>
        <translation>float16 không được hỗ trợ trên CPU; hãy dùng float32 hoặc bfloat16.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="37"/>
        <source>Use --device cpu.</source>
        <translation>Hãy dùng --device cpu.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="111"/>
        <source>Unknown precision {precision!r}; use {choices}.</source>
        <translation>Độ chính xác không xác định {precision!r}; hãy dùng một trong: {choices}.</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="143"/>
        <source>8-bit</source>
        <translation>8-bit</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="143"/>
        <source>4-bit</source>
        <translation>4-bit</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="181"/>
        <source>The GPU ran out of memory for this request; memory was freed.</source>
        <translation>GPU đã hết bộ nhớ cho yêu cầu này; bộ nhớ đã được giải phóng.</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="183"/>
        <source>The computer ran out of memory for this request; memory was freed.</source>
        <translation>Máy tính đã hết bộ nhớ cho yêu cầu này; bộ nhớ đã được giải phóng.</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="138"/>
        <source>The conversation is {prompt_tokens} tokens; with {new_tokens} new tokens it exceeds the model&apos;s context of {context_tokens}.</source>
        <translation>Cuộc trò chuyện dài {prompt_tokens} token; cộng thêm {new_tokens} token mới thì vượt ngữ cảnh {context_tokens} token của mô hình.</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="185"/>
        <source>Try fewer tiles or frames, a shorter conversation, or a smaller precision.</source>
        <translation>Hãy thử dùng ít ô hoặc khung hình hơn, cuộc trò chuyện ngắn hơn, hoặc độ chính xác thấp hơn.</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="145"/>
        <source>Start a new chat, use fewer tiles or frames, attach less text, or lower max new tokens.</source>
        <translation>Hãy bắt đầu cuộc trò chuyện mới, dùng ít ô hoặc khung hình hơn, đính kèm ít văn bản hơn, hoặc giảm Số token tối đa.</translation>
    </message>
    <message>
        <location filename="../../runtime/identity.py" line="45"/>
        <source>config.json names the conversation template {template!r}, which neither Desktop VLM ({known}) nor the checkpoint&apos;s conversation.py defines.</source>
        <translation>config.json ghi mẫu hội thoại {template!r}, nhưng cả Desktop VLM ({known}) lẫn conversation.py của checkpoint đều không định nghĩa mẫu này.</translation>
    </message>
    <message>
        <location filename="../../runtime/identity.py" line="66"/>
        <source>The checkpoint&apos;s conversation.py renders template {template!r} in the {style} style; Desktop VLM renders the MPT style that InternVL-family models use.</source>
        <translation>conversation.py của checkpoint dựng mẫu {template!r} theo kiểu {style}; Desktop VLM dựng theo kiểu MPT mà các mô hình họ InternVL dùng.</translation>
    </message>
    <message>
        <location filename="../../runtime/identity.py" line="77"/>
        <source>The checkpoint&apos;s conversation.py defines template {template!r} without a readable {fields}, and Desktop VLM has no template of that name to fill them in.</source>
        <translation>conversation.py của checkpoint định nghĩa mẫu {template!r} mà không có {fields} đọc được, và Desktop VLM không có mẫu nào cùng tên để bổ sung.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/geometry.py" line="26"/>
        <source>This model always uses {count} image tokens per tile; the image-token budget can only be changed for models with an adaptive projector (Ristretto).</source>
        <translation>Mô hình này luôn dùng {count} token ảnh cho mỗi ô; chỉ có thể thay đổi số token ảnh với các mô hình có bộ chiếu thích ứng (Ristretto).</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="56"/>
        <source>InternVL checkpoint without a &apos;template&apos; in config.json.</source>
        <translation>Checkpoint InternVL không có &apos;template&apos; trong config.json.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="80"/>
        <source>select_layer is {value!r}; it must be a whole number</source>
        <translation>select_layer là {value!r}; giá trị phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/vision.py" line="25"/>
        <source>Unsupported vision norm_type {norm_type!r}.</source>
        <translation>norm_type {norm_type!r} của phần thị giác không được hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="202"/>
        <source>{name} produces NaNs in float16; use bfloat16 (GPU) or float32.</source>
        <translation>{name} sinh ra giá trị NaN khi chạy float16; hãy dùng bfloat16 (GPU) hoặc float32.</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="214"/>
        <source>Unknown decode mode {mode!r}; use one of {modes}.</source>
        <translation>Chế độ giải mã không xác định {mode!r}; hãy dùng một trong: {modes}.</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="218"/>
        <source>The graph decode replays CUDA graphs, so it needs an NVIDIA GPU (this load is on {device}).</source>
        <translation>Chế độ giải mã graph phát lại CUDA graph, nên cần GPU NVIDIA (lần nạp này đang dùng {device}).</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="231"/>
        <source>The {family} family decodes on its own cache only (decode=&apos;dynamic&apos;).</source>
        <translation>Họ mô hình {family} chỉ giải mã trên bộ nhớ đệm riêng của nó (decode=&apos;dynamic&apos;).</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="222"/>
        <source>Use decode &apos;dynamic&apos; or &apos;static&apos; here.</source>
        <translation>Ở đây hãy dùng decode &apos;dynamic&apos; hoặc &apos;static&apos;.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/internlm2.py" line="96"/>
        <source>InternLM2 config is inconsistent: hidden {hidden}, heads {heads}, kv heads {kv_heads}.</source>
        <translation>Cấu hình InternLM2 không nhất quán: hidden {hidden}, heads {heads}, kv heads {kv_heads}.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/internlm2.py" line="184"/>
        <source>InternLM2 checkpoints with linear biases are not supported.</source>
        <translation>Không hỗ trợ checkpoint InternLM2 có bias ở các lớp tuyến tính.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/model.py" line="35"/>
        <source>Mono-InternVL checkpoints must use select_layer -1.</source>
        <translation>Checkpoint Mono-InternVL phải dùng select_layer -1.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/model.py" line="38"/>
        <source>Tile size {tile_size} gives an odd patch grid; pixel shuffle needs an even one.</source>
        <translation>Kích thước ô {tile_size} cho lưới patch lẻ; pixel shuffle cần lưới chẵn.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="32"/>
        <source>Mono-InternVL checkpoint with a mismatched vision/language pair ({vision!r} + {language!r}).</source>
        <translation>Checkpoint Mono-InternVL có cặp thị giác/ngôn ngữ không khớp ({vision!r} + {language!r}).</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="58"/>
        <source>Download the original model instead (the one without AWQ, GPTQ, 4bit or 8bit in its name) and choose 4-bit or 8-bit weights when you load it (&apos;Weights&apos; in the model manager, --quantize int4 on the command line).</source>
        <translation>Hãy tải về mô hình gốc (bản không có AWQ, GPTQ, 4bit hay 8bit trong tên) và chọn trọng số 4-bit hoặc 8-bit khi nạp (&apos;Trọng số&apos; trong Quản lý mô hình, --quantize int4 trên dòng lệnh).</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="99"/>
        <source>a method it does not name</source>
        <translation>một phương pháp không được nêu tên</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="100"/>
        <source>{bits}-bit {method}</source>
        <translation>{method} {bits}-bit</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="98"/>
        <source>a {bits}-bit method</source>
        <translation>một phương pháp {bits}-bit</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="108"/>
        <source>This is a copy of the model quantised with {method} for another engine; Desktop VLM runs a model&apos;s original weights and quantises them itself.</source>
        <translation>Đây là bản sao của mô hình đã được lượng tử hóa bằng {method} cho một phần mềm khác; Desktop VLM chạy trọng số gốc của mô hình và tự lượng tử hóa.</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="122"/>
        <source>a weight packed by a quantisation method</source>
        <translation>là trọng số được đóng gói bằng một phương pháp lượng tử hóa</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="128"/>
        <source>Tensor {tensor!r} in {file} is {description} for another engine; Desktop VLM runs a model&apos;s original weights and quantises them itself.</source>
        <translation>Tensor {tensor!r} trong {file} {description}, dành cho một phần mềm khác; Desktop VLM chạy trọng số gốc của mô hình và tự lượng tử hóa.</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="124"/>
        <source>stored as {dtype}, 8-bit floating point</source>
        <translation>được lưu dạng {dtype}, số thực dấu phẩy động 8-bit</translation>
    </message>
    <message>
        <location filename="../../runtime/prompt.py" line="71"/>
        <source>The conversation has {placeholders} image placeholder(s) but {images} image(s) were given.</source>
        <translation>Cuộc trò chuyện có {placeholders} chỗ đặt ảnh nhưng có {images} ảnh được đưa vào.</translation>
    </message>
    <message>
        <location filename="../../runtime/prompt_plan.py" line="97"/>
        <source>The text contains the reserved token {token}; remove it.</source>
        <translation>Văn bản chứa token dành riêng {token}; hãy xóa nó đi.</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="62"/>
        <source>Use bfloat16 on MPS, or --device cpu.</source>
        <translation>Hãy dùng bfloat16 trên MPS, hoặc --device cpu.</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="59"/>
        <source>Unknown quantisation {mode!r}; use one of {modes}.</source>
        <translation>Kiểu lượng tử hóa không xác định {mode!r}; hãy dùng một trong: {modes}.</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="63"/>
        <source>Quantised weights run on CPU or a CUDA GPU, not on Apple MPS.</source>
        <translation>Trọng số đã lượng tử hóa chạy trên CPU hoặc GPU CUDA, không chạy trên Apple MPS.</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="48"/>
        <source>Quantisation on a GPU needs the torchao package.</source>
        <translation>Lượng tử hóa trên GPU cần gói torchao.</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="49"/>
        <source>Install it with: pip install &apos;desktop-vlm[quantization]&apos;</source>
        <translation>Cài đặt bằng lệnh: pip install &apos;desktop-vlm[quantization]&apos;</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="71"/>
        <source>The {family} model family is recognised but not supported by this version.</source>
        <translation>Họ mô hình {family} được nhận ra nhưng phiên bản này chưa hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="110"/>
        <source>Not a supported model format (architectures: {architectures}; language model {language_model!s}, vision part {vision_part}). Supported language models: {supported}, in the families of {families}.</source>
        <translation>Không phải định dạng mô hình được hỗ trợ (architectures: {architectures}; mô hình ngôn ngữ {language_model!s}, phần thị giác {vision_part}). Các mô hình ngôn ngữ được hỗ trợ: {supported}, thuộc các họ mô hình {families}.</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="78"/>
        <source>config.json does not hold a JSON object.</source>
        <translation>config.json không chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="88"/>
        <source>missing</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="94"/>
        <source>Not a supported model format (architectures: {architectures}). Supported language models: {supported}, in the families of {families}.</source>
        <translation>Không phải định dạng mô hình được hỗ trợ (architectures: {architectures}). Các mô hình ngôn ngữ được hỗ trợ: {supported}, thuộc các họ mô hình {families}.</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="103"/>
        <source>Not a supported model format (architectures: {architectures}; language model {language_model!s}). Supported language models: {supported}, in the families of {families}.</source>
        <translation>Không phải định dạng mô hình được hỗ trợ (architectures: {architectures}; mô hình ngôn ngữ {language_model!s}). Các mô hình ngôn ngữ được hỗ trợ: {supported}, thuộc các họ mô hình {families}.</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="113"/>
        <source>unnamed</source>
        <translation>không có tên</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/model.py" line="48"/>
        <source>Ristretto checkpoints with select_layer other than -1 are not supported.</source>
        <translation>Không hỗ trợ checkpoint Ristretto có select_layer khác -1.</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/model.py" line="77"/>
        <source>Image tokens per tile must be a perfect square between {least} and {most} (e.g. 64, 144, 256, 576); got {count}.</source>
        <translation>Số token ảnh cho mỗi ô phải là số chính phương từ {least} đến {most} (ví dụ 64, 144, 256, 576); nhận được {count}.</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="30"/>
        <source>Ristretto checkpoint with an unsupported vision tower ({tower!r}).</source>
        <translation>Checkpoint Ristretto có bộ mã hóa ảnh không được hỗ trợ ({tower!r}).</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="37"/>
        <source>Ristretto checkpoint with an unsupported language model ({language_model!r}).</source>
        <translation>Checkpoint Ristretto có mô hình ngôn ngữ không được hỗ trợ ({language_model!r}).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/byte_bpe.py" line="135"/>
        <source>{name} in {folder} is not a list of merges (two pieces per line).</source>
        <translation>{name} trong {folder} không phải là danh sách merge (hai phần trên mỗi dòng).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/byte_bpe.py" line="54"/>
        <source>vocab.json in {folder} is not a token → id mapping.</source>
        <translation>vocab.json trong {folder} không phải là bảng ánh xạ token → id.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/byte_bpe.py" line="128"/>
        <source>{name} in {folder} is not readable ({reason}).</source>
        <translation>Không đọc được {name} trong {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/fast.py" line="33"/>
        <source>tokenizer.json in {folder} is not a valid tokenizer file ({reason}).</source>
        <translation>tokenizer.json trong {folder} không phải là tệp bộ tách từ hợp lệ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="72"/>
        <source>No tokenizer we can load in {folder}: looked for vocab.json + merges.txt, tokenizer.model and tokenizer.json.</source>
        <translation>Không có bộ tách từ nào nạp được trong {folder}: đã tìm vocab.json + merges.txt, tokenizer.model và tokenizer.json.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="65"/>
        <source>{folder} uses a tokenizer class Desktop VLM does not support ({tokenizer_class}).</source>
        <translation>{folder} dùng lớp bộ tách từ mà Desktop VLM không hỗ trợ ({tokenizer_class}).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="107"/>
        <source>The tokenizer has no {token!r} token, which this model&apos;s prompt format needs.</source>
        <translation>Bộ tách từ không có token {token!r}, token mà định dạng lời nhắc của mô hình này cần.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="53"/>
        <source>{folder} has a tokenizer.model but its tokenizer_config.json names no tokenizer class we know ({tokenizer_class}), so the rules to apply are unknown.</source>
        <translation>{folder} có tokenizer.model nhưng tokenizer_config.json của nó không nêu lớp bộ tách từ nào mà Desktop VLM biết ({tokenizer_class}), nên không rõ phải áp dụng quy tắc nào.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="57"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/sentencepiece_models.py" line="38"/>
        <source>{name} in {folder} is not a SentencePiece model ({reason}).</source>
        <translation>{name} trong {folder} không phải là mô hình SentencePiece ({reason}).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="65"/>
        <source>{name} in {folder} does not hold a JSON object.</source>
        <translation>{name} trong {folder} không chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="45"/>
        <source>{name} in {folder} is too large to be a tokenizer file.</source>
        <translation>{name} trong {folder} quá lớn để là tệp bộ tách từ.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="50"/>
        <source>{name} in {folder} is not readable JSON ({reason}).</source>
        <translation>{name} trong {folder} không phải là JSON đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="84"/>
        <source>tokenizer_config.json in {folder} has a malformed added token {token!r}.</source>
        <translation>tokenizer_config.json trong {folder} có token bổ sung sai định dạng {token!r}.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="125"/>
        <source>added_tokens.json in {folder} maps {token!r} to {value!r}, not an id.</source>
        <translation>added_tokens.json trong {folder} ánh xạ {token!r} tới {value!r}, không phải một id.</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="144"/>
        <source>tokenizer.json in {folder} has a malformed added token.</source>
        <translation>tokenizer.json trong {folder} có một token bổ sung sai định dạng.</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="174"/>
        <source>The weights in {folder} do not fit the config: missing {missing_count} tensor(s), e.g. {missing_examples}.</source>
        <translation>Trọng số trong {folder} không khớp với cấu hình: thiếu {missing_count} tensor, ví dụ {missing_examples}.</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="33"/>
        <source>Tensor {tensor} has shape {stored_shape} in the checkpoint but the config implies {config_shape}; config.json and the weights do not match.</source>
        <translation>Tensor {tensor} có hình dạng {stored_shape} trong checkpoint nhưng theo cấu hình phải là {config_shape}; config.json và trọng số không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="180"/>
        <source>The weights in {folder} do not fit the config: {unexpected_count} unexpected tensor(s), e.g. {unexpected_examples}.</source>
        <translation>Trọng số trong {folder} không khớp với cấu hình: có {unexpected_count} tensor thừa, ví dụ {unexpected_examples}.</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="186"/>
        <source>The weights in {folder} do not fit the config: missing {missing_count} tensor(s), e.g. {missing_examples}; {unexpected_count} unexpected tensor(s), e.g. {unexpected_examples}.</source>
        <translation>Trọng số trong {folder} không khớp với cấu hình: thiếu {missing_count} tensor, ví dụ {missing_examples}; có {unexpected_count} tensor thừa, ví dụ {unexpected_examples}.</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="79"/>
        <source>{name} is truncated (a tensor runs past the end of the file).</source>
        <translation>{name} bị cắt cụt (một tensor vượt quá cuối tệp).</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="290"/>
        <source>Internal error: buffer {buffer} was not initialised.</source>
        <translation>Lỗi nội bộ: buffer {buffer} chưa được khởi tạo.</translation>
    </message>
    <message>
        <location filename="../../server/app.py" line="246"/>
        <source>Refusing to listen on {host} without an API key.</source>
        <translation>Từ chối lắng nghe trên {host} khi không có khóa API.</translation>
    </message>
    <message>
        <location filename="../../server/app.py" line="247"/>
        <source>Set one with --api-key-env VAR (the variable holds the key), or listen on 127.0.0.1.</source>
        <translation>Hãy đặt khóa bằng --api-key-env VAR (biến VAR chứa khóa), hoặc lắng nghe trên 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../../server/app.py" line="255"/>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>Không thể lắng nghe trên {host}:{port} ({reason}).</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../model_card.py" line="41"/>
        <source>Select a model to see what it is good at.</source>
        <translation>Chọn một mô hình để xem nó giỏi việc gì.</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="50"/>
        <source>Repository</source>
        <translation>Kho</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="51"/>
        <location filename="../model_card.py" line="61"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="52"/>
        <source>Good at</source>
        <translation>Giỏi về</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="53"/>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="54"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="55"/>
        <source>Download</source>
        <translation>Dung lượng tải</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="56"/>
        <location filename="../model_card.py" line="67"/>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="57"/>
        <source>Image tokens</source>
        <translation>Token ảnh</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="57"/>
        <source>%s–%s per picture</source>
        <translation>%s–%s mỗi ảnh</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="61"/>
        <source>A model folder you imported.</source>
        <translation>Thư mục mô hình bạn đã nhập.</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="62"/>
        <source>On disk</source>
        <translation>Trên đĩa</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="72"/>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <location filename="../model_choices.py" line="23"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="24"/>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="25"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="152"/>
        <source>memory need unknown</source>
        <translation>chưa rõ bộ nhớ cần</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="156"/>
        <source>fits the GPU</source>
        <translation>vừa GPU</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="157"/>
        <source>fits in memory</source>
        <translation>vừa bộ nhớ</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="158"/>
        <source>too large for the free memory</source>
        <translation>quá lớn so với bộ nhớ còn trống</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="161"/>
        <source>fits in memory with 8-bit weights</source>
        <translation>vừa bộ nhớ với trọng số 8-bit</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="162"/>
        <source>%s · needs %s of %s GiB free</source>
        <translation>%s · cần %s trên %s GiB còn trống</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../model_dialog.py" line="115"/>
        <location filename="../model_dialog.py" line="131"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="137"/>
        <location filename="../model_dialog.py" line="173"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="140"/>
        <location filename="../model_dialog.py" line="174"/>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="143"/>
        <source>16-bit</source>
        <translation>16-bit</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="144"/>
        <source>8-bit (int8)</source>
        <translation>8-bit (int8)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="145"/>
        <source>4-bit (int4)</source>
        <translation>4-bit (int4)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="148"/>
        <source>Language-model weights</source>
        <translation>Trọng số mô hình ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="162"/>
        <source>Import folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="175"/>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="340"/>
        <source>Download %s first (its Download button).</source>
        <translation>Hãy tải %s về trước (nút Tải về của nó).</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="374"/>
        <source>%s is installed.</source>
        <translation>Đã cài %s.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="221"/>
        <source>Memory (%s)</source>
        <translation>Bộ nhớ (%s)</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="70"/>
        <source>Import a model folder</source>
        <translation>Nhập thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="71"/>
        <source>Import %s (%s in %d files)?</source>
        <translation>Nhập %s (%s, %d tệp)?</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="79"/>
        <source>Copying keeps the model if the folder is moved or deleted, and needs %s free in the model folder (%s free now). Using it in place takes no space.</source>
        <translation>Sao chép giữ được mô hình kể cả khi thư mục bị chuyển hoặc xóa, và cần %s trống trong thư mục mô hình (hiện còn %s). Dùng tại chỗ thì không tốn chỗ.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="86"/>
        <source>Copy into the model folder</source>
        <translation>Sao chép vào thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="88"/>
        <source>Use it where it is</source>
        <translation>Dùng tại chỗ</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="151"/>
        <source>Weight-only quantisation of the language model: less memory, slightly different answers. On the CPU it also answers faster; the first load converts the weights and later loads reuse them. On a GPU it needs the &apos;quantization&apos; extra.</source>
        <translation>Lượng tử hóa chỉ trọng số của mô hình ngôn ngữ: tốn ít bộ nhớ hơn, câu trả lời hơi khác. Trên CPU nó còn trả lời nhanh hơn; lần tải đầu tiên chuyển đổi trọng số và các lần tải sau dùng lại chúng. Trên GPU cần gói bổ sung &apos;quantization&apos;.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="356"/>
        <source>%s: every file verified.</source>
        <translation>%s: mọi tệp đều đã được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="360"/>
        <source>Delete model</source>
        <translation>Xóa mô hình</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="360"/>
        <source>Delete %s from disk?</source>
        <translation>Xóa %s khỏi ổ đĩa?</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="364"/>
        <source>%s was deleted.</source>
        <translation>Đã xóa %s.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="377"/>
        <source>Downloading %s failed: %s</source>
        <translation>Tải %s thất bại: %s</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="381"/>
        <source>%s: paused; Resume continues where it stopped.</source>
        <translation>%s: đã tạm dừng; Tiếp tục sẽ tải tiếp từ chỗ dừng.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="383"/>
        <source>%s: download cancelled.</source>
        <translation>%s: đã hủy tải.</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="390"/>
        <source>Choose a model folder to import</source>
        <translation>Chọn thư mục mô hình để nhập</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="403"/>
        <source>Importing %s…</source>
        <translation>Đang nhập %s…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="409"/>
        <source>Not imported: %s</source>
        <translation>Chưa nhập được: %s</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="414"/>
        <source>Imported %s (%s). Double-click it, or press Load, to use it.</source>
        <translation>Đã nhập %s (%s). Nhấp đúp hoặc bấm Nạp để dùng.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../model_picker.py" line="55"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="56"/>
        <source>Choose the model that answers</source>
        <translation>Chọn mô hình trả lời</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="68"/>
        <source>Loading the model</source>
        <translation>Đang tải mô hình</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="94"/>
        <source>Choose a model</source>
        <translation>Chọn mô hình</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="108"/>
        <source>Loading… %s%d s</source>
        <translation>Đang nạp… %s%d giây</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="146"/>
        <source>Installed models</source>
        <translation>Mô hình đã cài</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="152"/>
        <source>loading…</source>
        <translation>đang nạp…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="152"/>
        <location filename="../model_picker.py" line="191"/>
        <source>loaded</source>
        <translation>đã nạp</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="162"/>
        <source>Damaged: verify it in Manage models, or download it again.</source>
        <translation>Bị hỏng: kiểm tra trong Quản lý mô hình, hoặc tải lại.</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="168"/>
        <source>None yet: download one in Manage models…</source>
        <translation>Chưa có: tải một mô hình trong Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="173"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="174"/>
        <source>Load a model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="175"/>
        <source>Use a remote endpoint…</source>
        <translation>Dùng máy chủ từ xa…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="178"/>
        <source>Unload model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="187"/>
        <source>In the Hugging Face cache</source>
        <translation>Trong bộ nhớ đệm Hugging Face</translation>
    </message>
</context>
<context>
    <name>ModelRows</name>
    <message>
        <location filename="../model_rows.py" line="42"/>
        <source>Use</source>
        <translation>Dùng</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="43"/>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="44"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="45"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="46"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="47"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="48"/>
        <source>Load</source>
        <translation>Nạp</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="49"/>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="50"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="53"/>
        <source>not installed</source>
        <translation>chưa cài</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="54"/>
        <source>in the Hugging Face cache: Use needs no download</source>
        <translation>trong bộ nhớ đệm Hugging Face: Dùng không cần tải về</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="55"/>
        <source>failed — retry</source>
        <translation>thất bại — thử lại</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="56"/>
        <source>paused · %s</source>
        <translation>tạm dừng · %s</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="57"/>
        <source>damaged: verify, or download again</source>
        <translation>hỏng: kiểm tra hoặc tải lại</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="58"/>
        <source>loaded</source>
        <translation>đã nạp</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="59"/>
        <source>installed</source>
        <translation>đã cài</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="60"/>
        <source>installed, verified</source>
        <translation>đã cài, đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="63"/>
        <source>starting…</source>
        <translation>đang bắt đầu…</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="64"/>
        <source>verifying…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="65"/>
        <source>downloading…</source>
        <translation>đang tải…</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="66"/>
        <source>%d min left</source>
        <translation>còn %d phút</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="67"/>
        <source>%d s left</source>
        <translation>còn %d giây</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="68"/>
        <source>%s of %s GB</source>
        <translation>%s trên %s GB</translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../status_view.py" line="28"/>
        <location filename="../status_view.py" line="76"/>
        <location filename="../status_view.py" line="81"/>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="32"/>
        <source>Loading the model</source>
        <translation>Đang tải mô hình</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="51"/>
        <source>Loading %s…</source>
        <translation>Đang tải %s…</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="60"/>
        <source>Loading: %s…</source>
        <translation>Đang tải: %s…</translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message>
        <location filename="../pdf_pages.py" line="95"/>
        <source>Pages of %s to send</source>
        <translation>Các trang của %s sẽ gửi</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="105"/>
        <source>Pages: Space ticks or unticks the current page</source>
        <translation>Trang: phím Space đánh dấu hoặc bỏ dấu trang hiện tại</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="107"/>
        <source>Page %d</source>
        <translation>Trang %d</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="114"/>
        <source>All pages</source>
        <translation>Tất cả trang</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="116"/>
        <source>None</source>
        <translation>Không trang nào</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="180"/>
        <source>Page %d: %d tiles → %s image tokens</source>
        <translation>Trang %d: %d ô → %s token ảnh</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="191"/>
        <source>Send %d page(s)</source>
        <translation>Gửi %d trang</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="191"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="193"/>
        <source>Tick the pages the model should read.</source>
        <translation>Đánh dấu các trang mô hình cần đọc.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="195"/>
        <source>Pages %s: about %s image tokens.</source>
        <translation>Trang %s: khoảng %s token ảnh.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="198"/>
        <source>at most %d pages are sent at once</source>
        <translation>mỗi lần gửi tối đa %d trang</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="200"/>
        <source>the model&apos;s context has room for about %s image tokens</source>
        <translation>ngữ cảnh của mô hình còn chỗ cho khoảng %s token ảnh</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="204"/>
        <source>Only %d of the %d ticked pages will be sent: %s. Use fewer tiles (Max tiles) to fit more pages.</source>
        <translation>Chỉ %d trong %d trang đã chọn sẽ được gửi: %s. Giảm số ô (Số ô tối đa) để gửi được nhiều trang hơn.</translation>
    </message>
</context>
<context>
    <name>PagesChip</name>
    <message>
        <location filename="../attachment_chip.py" line="150"/>
        <source> · page %d of %d</source>
        <translation> · trang %d / %d</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="151"/>
        <source> · pages %s of %d</source>
        <translation> · các trang %s / %d</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="161"/>
        <source>%d of %d pages: at most %d at once. Pages… to choose.</source>
        <translation>%d trên %d trang: tối đa %d trang mỗi lần. Bấm Trang… để chọn.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="162"/>
        <source>%d of %d pages: more would not fit the model&apos;s context. Pages… to choose.</source>
        <translation>%d trên %d trang: thêm nữa sẽ vượt ngữ cảnh của mô hình. Bấm Trang… để chọn.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="169"/>
        <source>Pages…</source>
        <translation>Trang…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="170"/>
        <source>Choose the pages of %s to send</source>
        <translation>Chọn các trang của %s để gửi</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="175"/>
        <source>Send its text</source>
        <translation>Gửi phần chữ</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="176"/>
        <source>Send the text of its pages instead of pictures: many more pages fit</source>
        <translation>Gửi chữ của các trang thay vì hình ảnh: vừa được nhiều trang hơn</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="68"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="73"/>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="81"/>
        <source>the app&apos;s own data folder</source>
        <translation>thư mục dữ liệu của ứng dụng</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="85"/>
        <source>auto (a GPU when there is one)</source>
        <translation>tự động (dùng GPU nếu có)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="91"/>
        <source>16-bit</source>
        <translation>16-bit</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="91"/>
        <source>8-bit (int8)</source>
        <translation>8-bit (int8)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="91"/>
        <source>4-bit (int4)</source>
        <translation>4-bit (int4)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="96"/>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="97"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="101"/>
        <source>for gated models; kept in the system keyring</source>
        <translation>cho mô hình cần quyền truy cập; lưu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="102"/>
        <location filename="../preferences_dialog.py" line="149"/>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="104"/>
        <source>empty: the system&apos;s proxy variables</source>
        <translation>để trống: dùng biến proxy của hệ thống</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="109"/>
        <source>e.g. Answer in Vietnamese. Quote the numbers you read.</source>
        <translation>ví dụ: Trả lời bằng tiếng Việt. Trích dẫn các con số bạn đọc được.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="114"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="120"/>
        <source>The system prompt every new chat starts with; empty: the model&apos;s own. A chat&apos;s own can still be changed in its settings panel.</source>
        <translation>Lời nhắc hệ thống mà mọi cuộc trò chuyện mới bắt đầu với; để trống: lời nhắc của mô hình. Lời nhắc riêng của mỗi cuộc trò chuyện vẫn đổi được trong bảng cài đặt của nó.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="128"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="136"/>
        <source>Used the next time a model is loaded.</source>
        <translation>Áp dụng khi nạp mô hình lần tới.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="141"/>
        <source>Gives its memory back after this long without a question; the next question loads it again.</source>
        <translation>Trả lại bộ nhớ sau chừng ấy thời gian không có câu hỏi; câu hỏi tiếp theo sẽ tải lại mô hình.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="147"/>
        <source>Downloads</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="194"/>
        <source>Choose the model folder</source>
        <translation>Chọn thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="205"/>
        <source>The hub endpoint must be an http:// or https:// address, e.g. https://huggingface.co or a mirror.</source>
        <translation>Địa chỉ hub phải bắt đầu bằng http:// hoặc https://, ví dụ https://huggingface.co hoặc một bản sao.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="211"/>
        <source>The proxy must be an address such as http://proxy:3128, or empty.</source>
        <translation>Proxy phải là một địa chỉ như http://proxy:3128, hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="214"/>
        <source>The model folder %s does not exist.</source>
        <translation>Thư mục mô hình %s không tồn tại.</translation>
    </message>
</context>
<context>
    <name>PromptEstimate</name>
    <message>
        <location filename="../prompt_estimate.py" line="57"/>
        <source>⚠ about %s tokens with the answer: more than the model&apos;s context of %s. Use fewer tiles or frames, or less text; otherwise the oldest turns are left out.</source>
        <translation>⚠ khoảng %s token tính cả câu trả lời: vượt ngữ cảnh %s của mô hình. Hãy dùng ít ô hoặc khung hình hơn, hoặc ít văn bản hơn; nếu không, các lượt cũ nhất sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="62"/>
        <source>%s image tokens</source>
        <translation>%s token ảnh</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="64"/>
        <source>about %s tokens of text</source>
        <translation>khoảng %s token văn bản</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="65"/>
        <source>prompt ≈ %s of %s tokens</source>
        <translation>lời nhắc ≈ %s / %s token</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../question_editor.py" line="66"/>
        <source>Reworded question</source>
        <translation>Câu hỏi đã sửa</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="66"/>
        <source>Rewritten answer</source>
        <translation>Câu trả lời đã viết lại</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="70"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="70"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="72"/>
        <source>Send the reworded question</source>
        <translation>Gửi câu hỏi đã sửa</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="72"/>
        <source>Save the rewritten answer</source>
        <translation>Lưu câu trả lời đã viết lại</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="75"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="76"/>
        <source>Cancel editing</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="79"/>
        <source>Ctrl+Enter saves · Enter new line · Esc cancels</source>
        <translation>Ctrl+Enter để lưu · Enter xuống dòng · Esc để hủy</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="81"/>
        <source>Enter sends · Shift+Enter new line · Esc cancels</source>
        <translation>Enter để gửi · Shift+Enter xuống dòng · Esc để hủy</translation>
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
        <location filename="../remote_dialog.py" line="13"/>
        <source>Use a remote endpoint</source>
        <translation>Dùng máy chủ từ xa</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="17"/>
        <source>Endpoint URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="20"/>
        <source>Model name on the server</source>
        <translation>Tên mô hình trên máy chủ</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="23"/>
        <location filename="../remote_dialog.py" line="41"/>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="24"/>
        <source>kept in the system keyring; leave empty to use the kept one</source>
        <translation>lưu trong kho khóa của hệ thống; để trống để dùng khóa đã lưu</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="27"/>
        <source>Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). Images are sent to that server.</source>
        <translation>Bất kỳ máy chủ thị giác nào tương thích với OpenAI (LMDeploy, vLLM, desktop-vlm serve). Ảnh sẽ được gửi tới máy chủ đó.</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="39"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="40"/>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="57"/>
        <source>Name the model the server serves (see its /v1/models).</source>
        <translation>Nhập tên mô hình mà máy chủ cung cấp (xem /v1/models của nó).</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <location filename="../model_rows.py" line="154"/>
        <source>This model is loaded now.</source>
        <translation>Mô hình này đang được nạp.</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="156"/>
        <source>In use now; unload it first (Models → Unload model).</source>
        <translation>Đang được dùng; hãy gỡ nó trước (Mô hình → Gỡ mô hình).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../preferences_dialog.py" line="37"/>
        <source>Hub endpoint or mirror URL</source>
        <translation>Địa chỉ hub hoặc bản sao</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="38"/>
        <source>HTTP(S) proxy</source>
        <translation>Proxy HTTP(S)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="39"/>
        <source>Files downloaded at once</source>
        <translation>Số tệp tải cùng lúc</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="40"/>
        <source>Bandwidth limit (MB/s, 0 = unlimited)</source>
        <translation>Giới hạn băng thông (MB/s, 0 = không giới hạn)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="41"/>
        <source>Model folder</source>
        <translation>Thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="42"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="43"/>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="44"/>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="45"/>
        <source>Unload the model when idle for</source>
        <translation>Gỡ mô hình khi không dùng trong</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="46"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="47"/>
        <source>Instructions for new chats</source>
        <translation>Chỉ dẫn cho cuộc trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="48"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../settings_panel.py" line="39"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="45"/>
        <source>Model&apos;s default system prompt</source>
        <translation>Lời nhắc hệ thống mặc định của mô hình</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="46"/>
        <location filename="../settings_panel.py" line="49"/>
        <source>System prompt</source>
        <translation>Lời nhắc hệ thống</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="53"/>
        <source>What the model sees</source>
        <translation>Những gì mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="57"/>
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="58"/>
        <source>Balanced</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="59"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="62"/>
        <source>Tile preset</source>
        <translation>Cấu hình ô sẵn</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="65"/>
        <source>Maximum tiles per image</source>
        <translation>Số ô tối đa cho mỗi ảnh</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="67"/>
        <source>Image tokens per tile</source>
        <translation>Số token ảnh cho mỗi ô</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="71"/>
        <location filename="../settings_panel.py" line="78"/>
        <source>Video frames</source>
        <translation>Khung hình video</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="75"/>
        <source>Preset</source>
        <translation>Cấu hình sẵn</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="76"/>
        <source>Max tiles</source>
        <translation>Số ô tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="77"/>
        <source>Image tokens</source>
        <translation>Token ảnh</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="82"/>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="84"/>
        <source>Deterministic (greedy)</source>
        <translation>Xác định (greedy)</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="85"/>
        <location filename="../settings_panel.py" line="93"/>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="86"/>
        <location filename="../settings_panel.py" line="94"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="87"/>
        <location filename="../settings_panel.py" line="95"/>
        <source>Repetition penalty</source>
        <translation>Phạt lặp lại</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="91"/>
        <source>Maximum new tokens</source>
        <translation>Số token mới tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="96"/>
        <source>Max new tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="97"/>
        <source>Look ahead in the conversation</source>
        <translation>Đoán trước từ cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="100"/>
        <source>Guess the next few tokens from what the conversation already says and keep those the model would write anyway: the same answer, sooner where it repeats earlier text (lists, tables, code). Pays most on a CPU with bf16 instructions, and should on a GPU; elsewhere it feeds guesses only where they pay.</source>
        <translation>Đoán vài token tiếp theo từ những gì cuộc trò chuyện đã có và giữ những token mà mô hình vẫn sẽ viết: cùng một câu trả lời, nhanh hơn khi nó lặp lại nội dung trước đó (danh sách, bảng, mã). Có lợi nhất trên CPU có lệnh bf16, và hẳn cũng vậy trên GPU; ở nơi khác chỉ đưa vào những phỏng đoán có lợi.</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="109"/>
        <source>On the CPU, 8-bit weights answer faster in half the memory or less; answers may differ slightly.</source>
        <translation>Trên CPU, trọng số 8-bit trả lời nhanh hơn với một nửa bộ nhớ hoặc ít hơn; câu trả lời có thể hơi khác.</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="114"/>
        <source>Reload with 8-bit weights</source>
        <translation>Tải lại với trọng số 8-bit</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="115"/>
        <source>The first load converts the weights; later loads reuse them.</source>
        <translation>Lần tải đầu tiên chuyển đổi trọng số; các lần tải sau dùng lại chúng.</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="206"/>
        <source>Running on the CPU: every tile costs seconds, so images default to %d tiles. Raise Max tiles if you can wait.</source>
        <translation>Đang chạy trên CPU: mỗi ô tốn vài giây, nên mặc định mỗi ảnh dùng %d ô. Hãy tăng Số ô tối đa nếu bạn có thể chờ.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../shortcuts.py" line="39"/>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="40"/>
        <source>Conversations</source>
        <translation>Các cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="41"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="42"/>
        <source>Window and models</source>
        <translation>Cửa sổ và mô hình</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="49"/>
        <source>Send the question (Enter in the question box; Shift+Enter: new line)</source>
        <translation>Gửi câu hỏi (Enter trong ô câu hỏi; Shift+Enter: xuống dòng)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="53"/>
        <source>Stop the answer (in the search box: clear the search)</source>
        <translation>Dừng câu trả lời (trong ô tìm kiếm: xóa tìm kiếm)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="56"/>
        <source>Regenerate the last answer as a new version</source>
        <translation>Tạo lại câu trả lời cuối thành một phiên bản mới</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="61"/>
        <source>Continue the last answer where it stopped (the length limit, or Stop)</source>
        <translation>Viết tiếp câu trả lời cuối từ chỗ đã dừng (giới hạn độ dài, hoặc Dừng)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="67"/>
        <source>Previous version (of the last message that has versions)</source>
        <translation>Phiên bản trước (của tin nhắn cuối có nhiều phiên bản)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="70"/>
        <source>Next version</source>
        <translation>Phiên bản sau</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="71"/>
        <source>Copy the last answer</source>
        <translation>Sao chép câu trả lời cuối</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="72"/>
        <source>Go to the question box</source>
        <translation>Đến ô câu hỏi</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="73"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="74"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="76"/>
        <source>Next conversation in the list</source>
        <translation>Cuộc trò chuyện kế tiếp trong danh sách</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="81"/>
        <source>Previous conversation in the list</source>
        <translation>Cuộc trò chuyện trước trong danh sách</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="84"/>
        <source>Export this conversation…</source>
        <translation>Xuất cuộc trò chuyện này…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="85"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="86"/>
        <source>Paste a picture or files</source>
        <translation>Dán ảnh hoặc tệp</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="87"/>
        <source>Screenshot a region…</source>
        <translation>Chụp một vùng màn hình…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="88"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="89"/>
        <source>Load a model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="91"/>
        <source>Show or hide the conversation list</source>
        <translation>Hiện hoặc ẩn danh sách cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="94"/>
        <source>Show or hide the settings panel</source>
        <translation>Hiện hoặc ẩn bảng cài đặt</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="99"/>
        <source>Larger text in the conversation (also Ctrl and the mouse wheel)</source>
        <translation>Chữ lớn hơn trong cuộc trò chuyện (hoặc Ctrl và con lăn chuột)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="103"/>
        <source>Smaller text in the conversation</source>
        <translation>Chữ nhỏ hơn trong cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="105"/>
        <source>Normal text size</source>
        <translation>Cỡ chữ bình thường</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="107"/>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="108"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../shortcuts.py" line="204"/>
        <location filename="../shortcuts.py" line="212"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="206"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="206"/>
        <source>Does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="222"/>
        <source>Tab and Shift+Tab move between the parts of the window; Enter or Space presses a focused button or opens a focused picture.</source>
        <translation>Tab và Shift+Tab di chuyển giữa các phần của cửa sổ; Enter hoặc Space bấm nút đang chọn hoặc mở ảnh đang chọn.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../answer_body.py" line="219"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
</context>
<context>
    <name>TextChip</name>
    <message>
        <location filename="../attachment_chip.py" line="185"/>
        <source> · %s lines</source>
        <translation> · %s dòng</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="194"/>
        <source>%s of %s lines fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s trong %s dòng vừa ngữ cảnh của mô hình: các phần khớp với câu hỏi của bạn sẽ được gửi.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="198"/>
        <source>%s of %s characters fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s trong %s ký tự vừa ngữ cảnh của mô hình: các phần khớp với câu hỏi của bạn sẽ được gửi.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="201"/>
        <source>The first %s of %s lines: the rest would not fit the model&apos;s context.</source>
        <translation>%s dòng đầu trong %s dòng: phần còn lại không vừa ngữ cảnh của mô hình.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="203"/>
        <source>The first %s of %s characters: the rest would not fit the model&apos;s context.</source>
        <translation>%s ký tự đầu trong %s ký tự: phần còn lại không vừa ngữ cảnh của mô hình.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="219"/>
        <source>Enter its password…</source>
        <translation>Nhập mật khẩu…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="220"/>
        <source>%d file(s) in it are protected with a password and only named</source>
        <translation>%d tệp bên trong được bảo vệ bằng mật khẩu và chỉ được nêu tên</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="224"/>
        <source>Send pages as pictures</source>
        <translation>Gửi các trang dạng hình ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="225"/>
        <source>Send its pages as the model sees them: layout, figures and scans</source>
        <translation>Gửi các trang như mô hình nhìn thấy: bố cục, hình vẽ và bản quét</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="230"/>
        <source>about %s tokens of text</source>
        <translation>khoảng %s token văn bản</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="237"/>
        <source>1 picture</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="237"/>
        <source>%s pictures</source>
        <translation>%s ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="238"/>
        <source>%s, %s image tokens</source>
        <translation>%s, %s token ảnh</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../text_viewer.py" line="44"/>
        <source>%s as the model reads it</source>
        <translation>%s như mô hình đọc</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="45"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="51"/>
        <source>The text sent to the model</source>
        <translation>Văn bản gửi cho mô hình</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="60"/>
        <source>%s lines · about %s tokens · read as %s</source>
        <translation>%s dòng · khoảng %s token · đọc dưới dạng %s</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="75"/>
        <source>Only %s of its %s lines fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>Chỉ %s trong %s dòng vừa ngữ cảnh: các phần khớp với câu hỏi được chọn khi gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="80"/>
        <source>Only %s of its %s characters fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>Chỉ %s trong %s ký tự vừa ngữ cảnh: các phần khớp với câu hỏi được chọn khi gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="87"/>
        <source>%s of its %s lines are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s trong %s dòng bị bỏ qua, ở những chỗ được đánh dấu: các phần khớp với câu hỏi đã được gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="91"/>
        <source>%s of its %s characters are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s trong %s ký tự bị bỏ qua, ở những chỗ được đánh dấu: các phần khớp với câu hỏi đã được gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="94"/>
        <source>The last %s of its %s lines are left out: they would not fit the context.</source>
        <translation>%s dòng cuối trong %s dòng bị bỏ qua: chúng không vừa ngữ cảnh.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="96"/>
        <source>The last %s of its %s characters are left out: they would not fit the context.</source>
        <translation>%s ký tự cuối trong %s ký tự bị bỏ qua: chúng không vừa ngữ cảnh.</translation>
    </message>
</context>
<context>
    <name>TileCanvas</name>
    <message>
        <location filename="../attachment_viewer.py" line="63"/>
        <source>The picture with its tile grid</source>
        <translation>Ảnh cùng lưới ô</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <location filename="../answer_versions.py" line="26"/>
        <source>Previous version</source>
        <translation>Phiên bản trước</translation>
    </message>
    <message>
        <location filename="../answer_versions.py" line="34"/>
        <source>Next version</source>
        <translation>Phiên bản sau</translation>
    </message>
    <message>
        <location filename="../answer_versions.py" line="46"/>
        <source>Version %d of %d</source>
        <translation>Phiên bản %d/%d</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../welcome_panel.py" line="34"/>
        <source>Welcome to Desktop VLM</source>
        <translation>Chào mừng đến với Desktop VLM</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="39"/>
        <source>Ask about screenshots, photos, documents and videos with a vision-language model that runs on this computer. First, get a model:</source>
        <translation>Hỏi về ảnh chụp màn hình, ảnh, tài liệu và video với một mô hình thị giác–ngôn ngữ chạy ngay trên máy này. Trước hết, hãy lấy một mô hình:</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="80"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="85"/>
        <source>Download progress</source>
        <translation>Tiến độ tải về</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="107"/>
        <source>Import a model folder…</source>
        <translation>Nhập thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="108"/>
        <source>See all models…</source>
        <translation>Xem tất cả mô hình…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="109"/>
        <source>Use a remote endpoint…</source>
        <translation>Dùng máy chủ từ xa…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="136"/>
        <source>Recommended for this computer: %s</source>
        <translation>Đề xuất cho máy này: %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="139"/>
        <source>on the GPU (%s)</source>
        <translation>trên GPU (%s)</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="142"/>
        <source>on the GPU</source>
        <translation>trên GPU</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="144"/>
        <source>on the CPU: no GPU was found, so each picture takes seconds to read</source>
        <translation>trên CPU: không tìm thấy GPU, nên mỗi ảnh mất vài giây để đọc</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="148"/>
        <source>%s download · runs %s · %s</source>
        <translation>tải %s · chạy %s · %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="150"/>
        <source>Download %s (%s)</source>
        <translation>Tải %s (%s)</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="158"/>
        <source>Already on this computer: %s</source>
        <translation>Đã có trên máy này: %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="160"/>
        <source>%s in the Hugging Face cache, where Hugging Face&apos;s own tools downloaded it. Desktop VLM can use it where it is: nothing to download, no extra space.</source>
        <translation>%s trong bộ nhớ đệm Hugging Face, nơi công cụ của Hugging Face đã tải về. Desktop VLM có thể dùng tại chỗ: không cần tải thêm, không tốn thêm dung lượng.</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="163"/>
        <source>Use %s</source>
        <translation>Dùng %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="171"/>
        <source>Adding it to your models, then loading it…</source>
        <translation>Đang thêm vào danh sách mô hình, rồi nạp…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="197"/>
        <source>Downloading: %s · %s / %s GB</source>
        <translation>Đang tải: %s · %s / %s GB</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="205"/>
        <source>The download failed: %s</source>
        <translation>Tải về thất bại: %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="206"/>
        <source>Retry the download</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="209"/>
        <source>Paused; the bytes so far are kept.</source>
        <translation>Đã tạm dừng; phần đã tải được giữ lại.</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="210"/>
        <source>Resume the download</source>
        <translation>Tiếp tục tải</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="216"/>
        <source>Downloaded and verified. Loading it…</source>
        <translation>Đã tải và kiểm tra xong. Đang nạp…</translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <location filename="../window_help.py" line="35"/>
        <source>There is no logs folder yet.</source>
        <translation>Chưa có thư mục nhật ký.</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="38"/>
        <source>The logs are in %s</source>
        <translation>Nhật ký nằm ở %s</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="49"/>
        <source>About Desktop VLM</source>
        <translation>Giới thiệu Desktop VLM</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="51"/>
        <source>&lt;b&gt;Desktop VLM %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desktop VLM %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="54"/>
        <source>Talk about screenshots, photos, documents and videos with a vision-language model on your own computer, offline.&lt;br&gt;Licence: Apache-2.0. Icons drawn for this project.&lt;br&gt;&lt;a href=&quot;%s&quot;&gt;%s&lt;/a&gt;</source>
        <translation>Trò chuyện về ảnh chụp màn hình, ảnh, tài liệu và video với một mô hình thị giác–ngôn ngữ ngay trên máy của bạn, không cần mạng.&lt;br&gt;Giấy phép: Apache-2.0. Biểu tượng được vẽ riêng cho dự án này.&lt;br&gt;&lt;a href=&quot;%s&quot;&gt;%s&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../window_menus.py" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="39"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="40"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="41"/>
        <source>Screenshot a region…</source>
        <translation>Chụp một vùng màn hình…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="44"/>
        <source>Export this chat…</source>
        <translation>Xuất cuộc trò chuyện này…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="46"/>
        <source>Export all conversations…</source>
        <translation>Xuất tất cả cuộc trò chuyện…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="47"/>
        <source>Export extracted data…</source>
        <translation>Xuất dữ liệu đã trích xuất…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="49"/>
        <source>Import conversation (JSON)…</source>
        <translation>Nhập cuộc trò chuyện (JSON)…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="51"/>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="53"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="57"/>
        <source>&amp;Chat</source>
        <translation>&amp;Trò chuyện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="58"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="59"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="60"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="61"/>
        <source>Continue the answer</source>
        <translation>Viết tiếp câu trả lời</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="62"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="64"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="65"/>
        <source>Extract data as</source>
        <translation>Trích xuất dữ liệu dạng</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="72"/>
        <source>&amp;Models</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="73"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="74"/>
        <source>Load model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Use a remote endpoint…</source>
        <translation>Dùng máy chủ từ xa…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="76"/>
        <source>Unload model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="82"/>
        <source>Conversation list</source>
        <translation>Danh sách cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="88"/>
        <source>Settings panel</source>
        <translation>Bảng cài đặt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="95"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="95"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="95"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="104"/>
        <source>Larger text</source>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="105"/>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="106"/>
        <source>Normal text size</source>
        <translation>Cỡ chữ bình thường</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="113"/>
        <source>Open logs folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="115"/>
        <source>About Desktop VLM</source>
        <translation>Giới thiệu Desktop VLM</translation>
    </message>
</context>
<context>
    <name>WindowModels</name>
    <message>
        <location filename="../window_models.py" line="149"/>
        <source>Choose a model folder to import</source>
        <translation>Chọn thư mục mô hình để nhập</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="154"/>
        <source>Importing %s…</source>
        <translation>Đang nhập %s…</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="164"/>
        <source>Not imported: %s</source>
        <translation>Chưa nhập được: %s</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="234"/>
        <source>Choose a model folder</source>
        <translation>Chọn thư mục mô hình</translation>
    </message>
</context>
<context>
    <name>_Decoder</name>
    <message>
        <location filename="../attachment_viewer.py" line="114"/>
        <source>%s could not be read (%s).</source>
        <translation>Không đọc được %s (%s).</translation>
    </message>
</context>
<context>
    <name>_Loader</name>
    <message>
        <location filename="../composer.py" line="178"/>
        <source>%s could not be opened (%s: %s).</source>
        <translation>Không mở được %s (%s: %s).</translation>
    </message>
</context>
<context>
    <name>_TextDecoder</name>
    <message>
        <location filename="../text_viewer.py" line="31"/>
        <source>%s could not be read (%s).</source>
        <translation>Không đọc được %s (%s).</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../app/inference_service.py" line="121"/>
        <source>Loading failed unexpectedly: %s: %s</source>
        <translation>Nạp mô hình thất bại ngoài dự kiến: %s: %s</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="164"/>
        <source>No model is loaded.</source>
        <translation>Chưa nạp mô hình nào.</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="164"/>
        <source>Choose a model in Models → Manage models.</source>
        <translation>Hãy chọn một mô hình trong Mô hình → Quản lý mô hình.</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="179"/>
        <source>This conversation is longer than the model&apos;s context: its oldest turn was left out of this answer.</source>
        <translation>Cuộc trò chuyện này dài hơn ngữ cảnh của mô hình: lượt cũ nhất đã bị bỏ qua trong câu trả lời này.</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="185"/>
        <source>This conversation is longer than the model&apos;s context: its oldest %s turns were left out of this answer.</source>
        <translation>Cuộc trò chuyện này dài hơn ngữ cảnh của mô hình: %s lượt cũ nhất đã bị bỏ qua trong câu trả lời này.</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="221"/>
        <source>Generation failed unexpectedly: %s: %s</source>
        <translation>Tạo câu trả lời thất bại ngoài dự kiến: %s: %s</translation>
    </message>
</context>
</TS>
