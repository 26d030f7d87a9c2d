<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="52"/>
        <source>%s: open it as the model sees it</source>
        <translation>%s: mở như mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="53"/>
        <source>Open as the model sees it</source>
        <translation>Mở như mô hình nhìn thấy</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="57"/>
        <source>Remove %s</source>
        <translation>Gỡ %s</translation>
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
        <location filename="../../runtime/internvl/spec.py" line="144"/>
        <source>InternViT-300M + Qwen2.5-3B: strong general and document understanding.</source>
        <translation>InternViT-300M + Qwen2.5-3B: hiểu tốt cả ảnh thông thường lẫn tài liệu.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="149"/>
        <source>Everyday photos, screenshots, charts and scanned documents (reads text well); a good first model.</source>
        <translation>Ảnh thường ngày, ảnh chụp màn hình, biểu đồ và tài liệu quét (đọc chữ tốt); một mô hình tốt để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="146"/>
        <source>MIT (unverified)</source>
        <translation>MIT (chưa xác minh)</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="155"/>
        <source>InternViT-300M + Phi-3-mini with a 128k context.</source>
        <translation>InternViT-300M + Phi-3-mini với ngữ cảnh 128k.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="160"/>
        <source>Long conversations and many pages at once (128k-token context).</source>
        <translation>Cuộc trò chuyện dài và nhiều trang cùng lúc (ngữ cảnh 128k token).</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="165"/>
        <source>Vietnamese-first InternVL on Qwen2.5-3B: receipts, forms and documents in Vietnamese.</source>
        <translation>InternVL ưu tiên tiếng Việt trên nền Qwen2.5-3B: hóa đơn, biểu mẫu và tài liệu tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="170"/>
        <source>Vietnamese receipts, invoices, forms and ID documents.</source>
        <translation>Biên lai, hóa đơn, biểu mẫu và giấy tờ tùy thân tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="37"/>
        <source>Monolithic InternLM2 with visual experts; no separate vision tower.</source>
        <translation>InternLM2 nguyên khối có các chuyên gia thị giác; không có bộ mã hóa ảnh riêng.</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="120"/>
        <source>Quick answers about photos and screenshots; one network for text and images.</source>
        <translation>Trả lời nhanh về ảnh và ảnh chụp màn hình; một mạng duy nhất cho cả chữ và ảnh.</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="109"/>
        <source>SigLIP2 + Qwen2.5-3B with an adjustable image-token budget (64–576 per tile).</source>
        <translation>SigLIP2 + Qwen2.5-3B với số token ảnh điều chỉnh được (64–576 mỗi ô).</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="115"/>
        <source>Speed against detail: few image tokens per tile on a slow machine, many for fine print.</source>
        <translation>Cân bằng tốc độ và độ chi tiết: ít token ảnh mỗi ô trên máy chậm, nhiều token cho chữ nhỏ.</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="111"/>
        <source>Apache-2.0 (unverified)</source>
        <translation>Apache-2.0 (chưa xác minh)</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="136"/>
        <source>%s quoted again with this question: the conversation has outgrown the context.</source>
        <translation>%s được trích dẫn lại cùng câu hỏi này: cuộc trò chuyện đã vượt quá ngữ cảnh.</translation>
    </message>
    <message>
        <location filename="../../app/chat_controller.py" line="319"/>
        <source>The attached text was cut further: the model counts it as longer than estimated.</source>
        <translation>Văn bản đính kèm đã được cắt ngắn thêm: mô hình đếm nó dài hơn ước tính.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="46"/>
        <source>the model ended its answer without any text</source>
        <translation>mô hình đã kết thúc câu trả lời mà không có chữ nào</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="48"/>
        <source>not sent — stopped while the model was loading; Send asks it now</source>
        <translation>chưa gửi — đã dừng khi mô hình đang tải; bấm Gửi để hỏi ngay</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="50"/>
        <source>cut off — Desktop VLM closed before the answer finished</source>
        <translation>bị cắt ngang — Desktop VLM đã đóng trước khi câu trả lời xong</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="52"/>
        <source>stopped before the first words</source>
        <translation>đã dừng trước khi có chữ đầu tiên</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="54"/>
        <source>stopped — partial answer</source>
        <translation>đã dừng — câu trả lời dở dang</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="55"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="67"/>
        <source>looking at the pictures… %1%</source>
        <translation>đang xem các hình ảnh… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="69"/>
        <source>reading the conversation… %1%</source>
        <translation>đang đọc cuộc trò chuyện… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="79"/>
        <source>first token %s ms</source>
        <translation>token đầu tiên sau %s ms</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="81"/>
        <source>%s tokens/s</source>
        <translation>%s token/giây</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="83"/>
        <source>%s tokens</source>
        <translation>%s token</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="85"/>
        <source>%1 of %2 guessed tokens kept</source>
        <translation>giữ %1 trên %2 token đoán trước</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="91"/>
        <source>%s prompt tokens reused</source>
        <translation>dùng lại %s token lời nhắc</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="293"/>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="310"/>
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
        <location filename="../answer_body.py" line="174"/>
        <location filename="../answer_body.py" line="176"/>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="183"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="219"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>Hỏi về ảnh, tài liệu hoặc video… (kéo thả hoặc dán tệp vào đây)</translation>
    </message>
    <message>
        <location filename="../composer.py" line="220"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="227"/>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="228"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../composer.py" line="229"/>
        <location filename="../composer.py" line="516"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="231"/>
        <location filename="../composer.py" line="517"/>
        <source>Send question</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../composer.py" line="492"/>
        <source>%s image tokens</source>
        <translation>%s token ảnh</translation>
    </message>
    <message>
        <location filename="../composer.py" line="494"/>
        <source>about %s tokens of text</source>
        <translation>khoảng %s token văn bản</translation>
    </message>
    <message>
        <location filename="../composer.py" line="495"/>
        <source>%s in this message</source>
        <translation>%s trong tin nhắn này</translation>
    </message>
    <message>
        <location filename="../composer.py" line="516"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../composer.py" line="517"/>
        <source>Stop answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <location filename="../composer.py" line="531"/>
        <source>Preparing %d attachment(s)… the question is sent when they are ready.</source>
        <translation>Đang chuẩn bị %d tệp đính kèm… câu hỏi sẽ được gửi khi xong.</translation>
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
        <location filename="../attachment_chip.py" line="123"/>
        <source> · %d frames</source>
        <translation> · %d khung hình</translation>
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
        <location filename="../history_actions.py" line="31"/>
        <source>Delete conversation</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="31"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>Xóa cuộc trò chuyện này và các tệp đính kèm?</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="45"/>
        <source>Export conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="55"/>
        <source>Open a conversation with messages to export it.</source>
        <translation>Hãy mở một cuộc trò chuyện có tin nhắn để xuất.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="63"/>
        <source>Export all conversations</source>
        <translation>Xuất tất cả cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="63"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="68"/>
        <source>Export all conversations to</source>
        <translation>Xuất tất cả cuộc trò chuyện vào</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="76"/>
        <source>Could not export to %s: %s.</source>
        <translation>Không thể xuất vào %s: %s.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="77"/>
        <source>Choose another folder, or free some space.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="82"/>
        <source>%d conversation(s) exported to %s</source>
        <translation>Đã xuất %d cuộc trò chuyện vào %s</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="87"/>
        <source>Import conversation</source>
        <translation>Nhập cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="93"/>
        <source>This file is not a conversation export.</source>
        <translation>Tệp này không phải là bản xuất cuộc trò chuyện.</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../load_progress.py" line="33"/>
        <source>Building the model</source>
        <translation>Dựng mô hình</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="34"/>
        <source>Reading the weights</source>
        <translation>Đọc trọng số</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="35"/>
        <source>Reading the quantised weights</source>
        <translation>Đọc trọng số đã lượng tử hoá</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="36"/>
        <source>Reading and quantising the weights</source>
        <translation>Đọc và lượng tử hoá trọng số</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="37"/>
        <source>Saving the quantised weights</source>
        <translation>Lưu trọng số đã lượng tử hoá</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="38"/>
        <source>Quantising the language model</source>
        <translation>Lượng tử hoá mô hình ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="39"/>
        <source>Choosing kernels for this CPU</source>
        <translation>Chọn nhân tính toán cho CPU này</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="40"/>
        <source>Timing kernels on this CPU (once)</source>
        <translation>Đo nhân tính toán trên CPU này (một lần)</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="41"/>
        <source>Placing the weights in memory</source>
        <translation>Đưa trọng số vào bộ nhớ</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="42"/>
        <source>Compiling (slow the first time)</source>
        <translation>Biên dịch (lần đầu sẽ chậm)</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="43"/>
        <source>Recording the decode step</source>
        <translation>Ghi lại bước giải mã</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="44"/>
        <source>Loading the tokenizer</source>
        <translation>Nạp bộ tách từ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../errors.py" line="17"/>
        <location filename="../main_window.py" line="90"/>
        <source>Desktop VLM</source>
        <translation>Desktop VLM</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Copied to the clipboard</source>
        <translation>Đã sao chép vào bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>No model is loaded yet.</source>
        <translation>Chưa tải mô hình nào.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation>Hãy tải về hoặc chọn một mô hình trong Mô hình → Quản lý mô hình… (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>Waiting for the model to load… the question goes out when it is ready (Stop cancels).</source>
        <translation>Đang chờ mô hình tải xong… câu hỏi sẽ được gửi khi mô hình sẵn sàng (Dừng để hủy).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="352"/>
        <source>No model yet: &lt;a href=&quot;models&quot;&gt;download or choose one&lt;/a&gt; (Models → Manage models…, Ctrl+M), then drop a screenshot, photo, PDF, document or video here and ask about it.</source>
        <translation>Chưa có mô hình: &lt;a href=&quot;models&quot;&gt;tải về hoặc chọn một mô hình&lt;/a&gt; (Mô hình → Quản lý mô hình…, Ctrl+M), rồi thả ảnh chụp màn hình, ảnh, PDF, tài liệu hoặc video vào đây và đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358"/>
        <source>Drop a screenshot, photo, PDF, document or video, and ask about it.</source>
        <translation>Thả ảnh chụp màn hình, ảnh, PDF, tài liệu hoặc video vào đây rồi đặt câu hỏi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>Load with 8-bit weights</source>
        <translation>Tải với trọng số 8-bit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>Load with 4-bit weights</source>
        <translation>Tải với trọng số 4-bit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source>Could not save %s: %s.</source>
        <translation>Không thể lưu %s: %s.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>Choose another folder, or free some space.</source>
        <translation>Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="450"/>
        <source>Files Desktop VLM reads (%s);;All files (*)</source>
        <translation>Tệp Desktop VLM đọc được (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="176"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="61"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="134"/>
        <source>Vary regenerated answers</source>
        <translation>Tạo lại câu trả lời khác đi</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="138"/>
        <source>Regenerate samples a new answer even when the conversation is deterministic (greedy); off: it writes the greedy answer again.</source>
        <translation>Tạo lại sẽ lấy mẫu một câu trả lời mới kể cả khi cuộc trò chuyện đặt chế độ tất định (greedy); tắt: viết lại đúng câu trả lời greedy.</translation>
    </message>
    <message>
        <location filename="../main.py" line="36"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation>Cơ sở dữ liệu lịch sử bị hỏng; nó đã được chuyển sang chỗ khác và một cơ sở dữ liệu mới đã được tạo.</translation>
    </message>
</context>
<context>
    <name>MessageBody</name>
    <message>
        <location filename="../answer_body.py" line="62"/>
        <source>Copied ✓</source>
        <translation>Đã sao chép ✓</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="277"/>
        <source>Message text</source>
        <translation>Nội dung tin nhắn</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="128"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="128"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="151"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="152"/>
        <source>Copy message</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="158"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="159"/>
        <source>Edit question and resend</source>
        <translation>Sửa câu hỏi và gửi lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="191"/>
        <source>%s of %s lines</source>
        <translation>%s trong %s dòng</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="193"/>
        <source>Click it to read what the model read</source>
        <translation>Nhấn vào để đọc những gì mô hình đã đọc</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="249"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="249"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="250"/>
        <source>Regenerate answer</source>
        <translation>Tạo lại câu trả lời</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="250"/>
        <source>Send the question</source>
        <translation>Gửi câu hỏi</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="179"/>
        <source>Attachment %s: open it as the model sees it</source>
        <translation>Tệp đính kèm %s: mở như mô hình nhìn thấy</translation>
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
        <location filename="../attachment_chip.py" line="144"/>
        <source> · page %d of %d</source>
        <translation> · trang %d / %d</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="145"/>
        <source> · pages %s of %d</source>
        <translation> · các trang %s / %d</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="155"/>
        <source>%d of %d pages: at most %d at once. Pages… to choose.</source>
        <translation>%d trên %d trang: tối đa %d trang mỗi lần. Bấm Trang… để chọn.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="156"/>
        <source>%d of %d pages: more would not fit the model&apos;s context. Pages… to choose.</source>
        <translation>%d trên %d trang: thêm nữa sẽ vượt ngữ cảnh của mô hình. Bấm Trang… để chọn.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="163"/>
        <source>Pages…</source>
        <translation>Trang…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="164"/>
        <source>Choose the pages of %s to send</source>
        <translation>Chọn các trang của %s để gửi</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="169"/>
        <source>Send its text</source>
        <translation>Gửi phần chữ</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="170"/>
        <source>Send the text of its pages instead of pictures: many more pages fit</source>
        <translation>Gửi chữ của các trang thay vì hình ảnh: vừa được nhiều trang hơn</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="64"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="69"/>
        <location filename="../preferences_dialog.py" line="74"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="74"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="74"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="77"/>
        <source>the app&apos;s own data folder</source>
        <translation>thư mục dữ liệu của ứng dụng</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="81"/>
        <source>auto (a GPU when there is one)</source>
        <translation>tự động (dùng GPU nếu có)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="83"/>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>16-bit</source>
        <translation>16-bit</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>8-bit (int8)</source>
        <translation>8-bit (int8)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>4-bit (int4)</source>
        <translation>4-bit (int4)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="92"/>
        <source>for gated models; kept in the system keyring</source>
        <translation>cho mô hình cần quyền truy cập; lưu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="93"/>
        <location filename="../preferences_dialog.py" line="116"/>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="95"/>
        <source>empty: the system&apos;s proxy variables</source>
        <translation>để trống: dùng biến proxy của hệ thống</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="100"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="103"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="111"/>
        <source>Used the next time a model is loaded.</source>
        <translation>Áp dụng khi nạp mô hình lần tới.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="114"/>
        <source>Downloads</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="161"/>
        <source>Choose the model folder</source>
        <translation>Chọn thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="172"/>
        <source>The hub endpoint must be an http:// or https:// address, e.g. https://huggingface.co or a mirror.</source>
        <translation>Địa chỉ hub phải bắt đầu bằng http:// hoặc https://, ví dụ https://huggingface.co hoặc một bản sao.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="178"/>
        <source>The proxy must be an address such as http://proxy:3128, or empty.</source>
        <translation>Proxy phải là một địa chỉ như http://proxy:3128, hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="181"/>
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
        <location filename="../question_editor.py" line="56"/>
        <source>Reworded question</source>
        <translation>Câu hỏi đã sửa</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="60"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="61"/>
        <source>Send the reworded question</source>
        <translation>Gửi câu hỏi đã sửa</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="64"/>
        <source>Cancel editing</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="66"/>
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
        <location filename="../preferences_dialog.py" line="36"/>
        <source>Hub endpoint or mirror URL</source>
        <translation>Địa chỉ hub hoặc bản sao</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="37"/>
        <source>HTTP(S) proxy</source>
        <translation>Proxy HTTP(S)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="38"/>
        <source>Files downloaded at once</source>
        <translation>Số tệp tải cùng lúc</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="39"/>
        <source>Bandwidth limit (MB/s, 0 = unlimited)</source>
        <translation>Giới hạn băng thông (MB/s, 0 = không giới hạn)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="40"/>
        <source>Model folder</source>
        <translation>Thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="41"/>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="42"/>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="43"/>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="44"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="45"/>
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
        <source>Previous version (of the last message that has versions)</source>
        <translation>Phiên bản trước (của tin nhắn cuối có nhiều phiên bản)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="64"/>
        <source>Next version</source>
        <translation>Phiên bản sau</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="65"/>
        <source>Copy the last answer</source>
        <translation>Sao chép câu trả lời cuối</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="66"/>
        <source>Go to the question box</source>
        <translation>Đến ô câu hỏi</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="67"/>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="68"/>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="70"/>
        <source>Next conversation in the list</source>
        <translation>Cuộc trò chuyện kế tiếp trong danh sách</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="75"/>
        <source>Previous conversation in the list</source>
        <translation>Cuộc trò chuyện trước trong danh sách</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="78"/>
        <source>Export this conversation…</source>
        <translation>Xuất cuộc trò chuyện này…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="79"/>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="80"/>
        <source>Paste a picture or files</source>
        <translation>Dán ảnh hoặc tệp</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="81"/>
        <source>Screenshot a region…</source>
        <translation>Chụp một vùng màn hình…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="82"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="83"/>
        <source>Load a model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="85"/>
        <source>Show or hide the conversation list</source>
        <translation>Hiện hoặc ẩn danh sách cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="88"/>
        <source>Show or hide the settings panel</source>
        <translation>Hiện hoặc ẩn bảng cài đặt</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="91"/>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="92"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../shortcuts.py" line="188"/>
        <location filename="../shortcuts.py" line="196"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="190"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="190"/>
        <source>Does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="206"/>
        <source>Tab and Shift+Tab move between the parts of the window; Enter or Space presses a focused button or opens a focused picture.</source>
        <translation>Tab và Shift+Tab di chuyển giữa các phần của cửa sổ; Enter hoặc Space bấm nút đang chọn hoặc mở ảnh đang chọn.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../answer_body.py" line="208"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
</context>
<context>
    <name>TextChip</name>
    <message>
        <location filename="../attachment_chip.py" line="179"/>
        <source> · %s lines</source>
        <translation> · %s dòng</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="188"/>
        <source>%s of %s lines fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s trong %s dòng vừa ngữ cảnh của mô hình: các phần khớp với câu hỏi của bạn sẽ được gửi.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="192"/>
        <source>%s of %s characters fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s trong %s ký tự vừa ngữ cảnh của mô hình: các phần khớp với câu hỏi của bạn sẽ được gửi.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="195"/>
        <source>The first %s of %s lines: the rest would not fit the model&apos;s context.</source>
        <translation>%s dòng đầu trong %s dòng: phần còn lại không vừa ngữ cảnh của mô hình.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="197"/>
        <source>The first %s of %s characters: the rest would not fit the model&apos;s context.</source>
        <translation>%s ký tự đầu trong %s ký tự: phần còn lại không vừa ngữ cảnh của mô hình.</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="212"/>
        <source>Send pages as pictures</source>
        <translation>Gửi các trang dạng hình ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="213"/>
        <source>Send its pages as the model sees them: layout, figures and scans</source>
        <translation>Gửi các trang như mô hình nhìn thấy: bố cục, hình vẽ và bản quét</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="218"/>
        <source>about %s tokens of text</source>
        <translation>khoảng %s token văn bản</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="225"/>
        <source>1 picture</source>
        <translation>1 ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="225"/>
        <source>%s pictures</source>
        <translation>%s ảnh</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="226"/>
        <source>%s, %s image tokens</source>
        <translation>%s, %s token ảnh</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../text_viewer.py" line="43"/>
        <source>%s as the model reads it</source>
        <translation>%s như mô hình đọc</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="44"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="50"/>
        <source>The text sent to the model</source>
        <translation>Văn bản gửi cho mô hình</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="59"/>
        <source>%s lines · about %s tokens · read as %s</source>
        <translation>%s dòng · khoảng %s token · đọc theo %s</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="74"/>
        <source>Only %s of its %s lines fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>Chỉ %s trong %s dòng vừa ngữ cảnh: các phần khớp với câu hỏi được chọn khi gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="79"/>
        <source>Only %s of its %s characters fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>Chỉ %s trong %s ký tự vừa ngữ cảnh: các phần khớp với câu hỏi được chọn khi gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="86"/>
        <source>%s of its %s lines are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s trong %s dòng bị bỏ qua, ở những chỗ được đánh dấu: các phần khớp với câu hỏi đã được gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="90"/>
        <source>%s of its %s characters are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s trong %s ký tự bị bỏ qua, ở những chỗ được đánh dấu: các phần khớp với câu hỏi đã được gửi.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="93"/>
        <source>The last %s of its %s lines are left out: they would not fit the context.</source>
        <translation>%s dòng cuối trong %s dòng bị bỏ qua: chúng không vừa ngữ cảnh.</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="95"/>
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
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="63"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="64"/>
        <source>Extract data as</source>
        <translation>Trích xuất dữ liệu dạng</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>&amp;Models</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="72"/>
        <source>Manage models…</source>
        <translation>Quản lý mô hình…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="73"/>
        <source>Load model folder…</source>
        <translation>Mở thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="74"/>
        <source>Use a remote endpoint…</source>
        <translation>Dùng máy chủ từ xa…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Unload model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="79"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="81"/>
        <source>Conversation list</source>
        <translation>Danh sách cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>Settings panel</source>
        <translation>Bảng cài đặt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="92"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="94"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="94"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="94"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="104"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="105"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="107"/>
        <source>Open logs folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="109"/>
        <source>About Desktop VLM</source>
        <translation>Giới thiệu Desktop VLM</translation>
    </message>
</context>
<context>
    <name>WindowModels</name>
    <message>
        <location filename="../window_models.py" line="147"/>
        <source>Choose a model folder to import</source>
        <translation>Chọn thư mục mô hình để nhập</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="152"/>
        <source>Importing %s…</source>
        <translation>Đang nhập %s…</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="162"/>
        <source>Not imported: %s</source>
        <translation>Chưa nhập được: %s</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="232"/>
        <source>Choose a model folder</source>
        <translation>Chọn thư mục mô hình</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
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
</context>
</TS>
