<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="52"/>
        <source>%s: open it as the model sees it</source>
        <translation>%s：以模型看到的样子打开</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="53"/>
        <source>Open as the model sees it</source>
        <translation>以模型看到的样子打开</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="57"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../attachment_viewer.py" line="129"/>
        <source>%s as the model sees it</source>
        <translation>模型看到的 %s</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="134"/>
        <source>Pages and frames</source>
        <translation>页面与帧</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="142"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="142"/>
        <source>Fit to the window (F)</source>
        <translation>适应窗口（F）</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="143"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="143"/>
        <source>Actual size (1)</source>
        <translation>实际大小（1）</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="144"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="145"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="188"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="212"/>
        <source>Frame %d</source>
        <translation>第 %d 帧</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="216"/>
        <source>Page %d</source>
        <translation>第 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="218"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="224"/>
        <source>This attachment: %d picture(s), %s</source>
        <translation>此附件：%d 张图片，%s</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="241"/>
        <source>%d × %d px, resized to one tile of %d × %d px</source>
        <translation>%d × %d 像素，缩放为一个 %d × %d 像素的图块</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="244"/>
        <source>%d × %d px, resized to %d × %d and cut into %d × %d tiles of %d px</source>
        <translation>%d × %d 像素，缩放为 %d × %d 并切成 %d × %d 个 %d 像素的图块</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="248"/>
        <source>+ 1 thumbnail tile: the whole picture at %d × %d</source>
        <translation>+ 1 个缩略图块：整张图片缩为 %d × %d</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="259"/>
        <source>The thumbnail tile (shown at half size): the model also gets the whole picture squeezed to one tile.</source>
        <translation>缩略图块（以一半大小显示）：模型还会收到压缩成一个图块的整张图片。</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="268"/>
        <source>1 tile → %s image tokens</source>
        <translation>1 个图块 → %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="270"/>
        <source>%d tiles → %s image tokens</source>
        <translation>%d 个图块 → %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../attachment_viewer.py" line="288"/>
        <source>fit</source>
        <translation>适应</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="144"/>
        <source>InternViT-300M + Qwen2.5-3B: strong general and document understanding.</source>
        <translation>InternViT-300M + Qwen2.5-3B：通用图像与文档理解能力强。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="149"/>
        <source>Everyday photos, screenshots, charts and scanned documents (reads text well); a good first model.</source>
        <translation>日常照片、截图、图表和扫描文档（擅长识读文字）；适合作为第一个模型。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="146"/>
        <source>MIT (unverified)</source>
        <translation>MIT（未核实）</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="155"/>
        <source>InternViT-300M + Phi-3-mini with a 128k context.</source>
        <translation>InternViT-300M + Phi-3-mini，128k 上下文。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="160"/>
        <source>Long conversations and many pages at once (128k-token context).</source>
        <translation>长对话和一次处理多页（128k token 上下文）。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="165"/>
        <source>Vietnamese-first InternVL on Qwen2.5-3B: receipts, forms and documents in Vietnamese.</source>
        <translation>基于 Qwen2.5-3B、以越南语为主的 InternVL：越南语收据、表格和文档。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="170"/>
        <source>Vietnamese receipts, invoices, forms and ID documents.</source>
        <translation>越南语收据、发票、表格和身份证件。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="37"/>
        <source>Monolithic InternLM2 with visual experts; no separate vision tower.</source>
        <translation>带视觉专家的一体式 InternLM2；没有单独的视觉编码器。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="120"/>
        <source>Quick answers about photos and screenshots; one network for text and images.</source>
        <translation>快速回答有关照片和截图的问题；文字和图像共用一个网络。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="109"/>
        <source>SigLIP2 + Qwen2.5-3B with an adjustable image-token budget (64–576 per tile).</source>
        <translation>SigLIP2 + Qwen2.5-3B，图像 token 预算可调（每个切片 64–576）。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="115"/>
        <source>Speed against detail: few image tokens per tile on a slow machine, many for fine print.</source>
        <translation>在速度与细节之间取舍：慢机器上每个切片用少量图像 token，细小文字用更多。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="111"/>
        <source>Apache-2.0 (unverified)</source>
        <translation>Apache-2.0（未核实）</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="136"/>
        <source>%s quoted again with this question: the conversation has outgrown the context.</source>
        <translation>%s 已随此问题再次引用：对话已超出上下文。</translation>
    </message>
    <message>
        <location filename="../../app/chat_controller.py" line="319"/>
        <source>The attached text was cut further: the model counts it as longer than estimated.</source>
        <translation>附加的文本被进一步截短：模型计算出的长度超过了估计。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="46"/>
        <source>the model ended its answer without any text</source>
        <translation>模型结束了回答，但没有输出任何文字</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="48"/>
        <source>not sent — stopped while the model was loading; Send asks it now</source>
        <translation>未发送 — 在模型加载时已停止；点“发送”立即提问</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="50"/>
        <source>cut off — Desktop VLM closed before the answer finished</source>
        <translation>已中断 — 回答完成前 Desktop VLM 已关闭</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="52"/>
        <source>stopped before the first words</source>
        <translation>已在第一个字出现前停止</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="54"/>
        <source>stopped — partial answer</source>
        <translation>已停止——部分回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="55"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="67"/>
        <source>looking at the pictures… %1%</source>
        <translation>正在查看图片… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="69"/>
        <source>reading the conversation… %1%</source>
        <translation>正在阅读对话… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="79"/>
        <source>first token %s ms</source>
        <translation>首个 token %s 毫秒</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="81"/>
        <source>%s tokens/s</source>
        <translation>%s token/秒</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="83"/>
        <source>%s tokens</source>
        <translation>%s 个 token</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="85"/>
        <source>%1 of %2 guessed tokens kept</source>
        <translation>保留了 %2 个推测词元中的 %1 个</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="91"/>
        <source>%s prompt tokens reused</source>
        <translation>复用 %s 个提示 token</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="293"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="310"/>
        <source>Drop a screenshot, photo, PDF, document or video, and ask about it.</source>
        <translation>拖入截图、照片、PDF、文档或视频，然后提问。</translation>
    </message>
</context>
<context>
    <name>CheckpointDetails</name>
    <message>
        <location filename="../checkpoint_details.py" line="28"/>
        <source>Checkpoint details</source>
        <translation>检查点详情</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="35"/>
        <source>What the model&apos;s files say it is: family, template, tokenizer, vocabulary, parameters, stored types, memory</source>
        <translation>模型文件所表明的信息：模型系列、对话模板、分词器、词表、参数、存储类型、内存</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="43"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="44"/>
        <source>Copy the report, e.g. for a bug report</source>
        <translation>复制报告，例如用于提交错误报告</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="72"/>
        <source>Reading the model&apos;s files…</source>
        <translation>正在读取模型文件…</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="84"/>
        <source>1 problem found in its files</source>
        <translation>在文件中发现 1 个问题</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="86"/>
        <source>%d problems found in its files</source>
        <translation>在文件中发现 %d 个问题</translation>
    </message>
    <message>
        <location filename="../checkpoint_details.py" line="90"/>
        <source>no problems found in its files</source>
        <translation>文件中未发现问题</translation>
    </message>
</context>
<context>
    <name>CodeBlockView</name>
    <message>
        <location filename="../answer_body.py" line="174"/>
        <location filename="../answer_body.py" line="176"/>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="183"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="219"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>询问图片、文档或视频…（可拖放或粘贴文件）</translation>
    </message>
    <message>
        <location filename="../composer.py" line="220"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="227"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="228"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../composer.py" line="229"/>
        <location filename="../composer.py" line="516"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../composer.py" line="231"/>
        <location filename="../composer.py" line="517"/>
        <source>Send question</source>
        <translation>发送问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="492"/>
        <source>%s image tokens</source>
        <translation>%s 个图像 token</translation>
    </message>
    <message>
        <location filename="../composer.py" line="494"/>
        <source>about %s tokens of text</source>
        <translation>约 %s 个文本 token</translation>
    </message>
    <message>
        <location filename="../composer.py" line="495"/>
        <source>%s in this message</source>
        <translation>本条消息中 %s</translation>
    </message>
    <message>
        <location filename="../composer.py" line="516"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../composer.py" line="517"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../composer.py" line="531"/>
        <source>Preparing %d attachment(s)… the question is sent when they are ready.</source>
        <translation>正在准备 %d 个附件… 准备好后将发送问题。</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="55"/>
        <source>Previous 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="61"/>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <location filename="../../app/conversation_list_model.py" line="105"/>
        <source>Pinned: </source>
        <translation>已置顶：</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location filename="../conversation_list.py" line="139"/>
        <location filename="../conversation_list.py" line="140"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="144"/>
        <location filename="../conversation_list.py" line="145"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="153"/>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="203"/>
        <source>No results for “%s”.</source>
        <translation>没有找到“%s”。</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="205"/>
        <source>No conversations yet. Ask something to start one.</source>
        <translation>还没有对话。提个问题就能开始。</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="228"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="229"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="229"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="230"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="232"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../drop_overlay.py" line="19"/>
        <source>Drop files to attach them</source>
        <translation>拖放文件以附加</translation>
    </message>
    <message>
        <location filename="../drop_overlay.py" line="56"/>
        <source>Drop to attach
pictures, PDFs, videos</source>
        <translation>拖放以附加
图片、PDF、视频</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../errors.py" line="31"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../errors.py" line="41"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>ExtractionHelper</name>
    <message>
        <location filename="../extraction.py" line="40"/>
        <source>File → Export extracted data… saves it as CSV or JSON.</source>
        <translation>文件 → 导出提取的数据… 可将其保存为 CSV 或 JSON。</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="42"/>
        <source>%s: no usable JSON in the answer.</source>
        <translation>%s：回答中没有可用的 JSON。</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="45"/>
        <source>%s extracted, with issues: %s</source>
        <translation>已提取 %s，但存在问题：%s</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="48"/>
        <source>%s extracted and checked.</source>
        <translation>已提取并校验 %s。</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="56"/>
        <source>Export extracted data</source>
        <translation>导出提取的数据</translation>
    </message>
</context>
<context>
    <name>FramesChip</name>
    <message>
        <location filename="../attachment_chip.py" line="123"/>
        <source> · %d frames</source>
        <translation> · %d 帧</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../history_actions.py" line="20"/>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="20"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="31"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="31"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>删除此对话及其附件？</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="45"/>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="55"/>
        <source>Open a conversation with messages to export it.</source>
        <translation>请先打开一个有消息的对话再导出。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="63"/>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="63"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="68"/>
        <source>Export all conversations to</source>
        <translation>将所有对话导出到</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="76"/>
        <source>Could not export to %s: %s.</source>
        <translation>无法导出到 %s：%s。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="77"/>
        <source>Choose another folder, or free some space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="82"/>
        <source>%d conversation(s) exported to %s</source>
        <translation>已将 %d 个对话导出到 %s</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="87"/>
        <source>Import conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="93"/>
        <source>This file is not a conversation export.</source>
        <translation>此文件不是导出的对话。</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../load_progress.py" line="33"/>
        <source>Building the model</source>
        <translation>构建模型</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="34"/>
        <source>Reading the weights</source>
        <translation>读取权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="35"/>
        <source>Reading the quantised weights</source>
        <translation>读取已量化的权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="36"/>
        <source>Reading and quantising the weights</source>
        <translation>读取并量化权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="37"/>
        <source>Saving the quantised weights</source>
        <translation>保存量化后的权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="38"/>
        <source>Quantising the language model</source>
        <translation>量化语言模型</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="39"/>
        <source>Choosing kernels for this CPU</source>
        <translation>为此 CPU 选择计算内核</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="40"/>
        <source>Timing kernels on this CPU (once)</source>
        <translation>此 CPU 上测试计算内核（仅一次）</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="41"/>
        <source>Placing the weights in memory</source>
        <translation>将权重放入内存</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="42"/>
        <source>Compiling (slow the first time)</source>
        <translation>编译（首次较慢）</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="43"/>
        <source>Recording the decode step</source>
        <translation>录制解码步骤</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="44"/>
        <source>Loading the tokenizer</source>
        <translation>加载分词器</translation>
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
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation>请在 模型 → 管理模型… (Ctrl+M) 中下载或选择一个模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>Waiting for the model to load… the question goes out when it is ready (Stop cancels).</source>
        <translation>正在等待模型加载…模型就绪后问题会自动发送（“停止”可取消）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="352"/>
        <source>No model yet: &lt;a href=&quot;models&quot;&gt;download or choose one&lt;/a&gt; (Models → Manage models…, Ctrl+M), then drop a screenshot, photo, PDF, document or video here and ask about it.</source>
        <translation>还没有模型：&lt;a href=&quot;models&quot;&gt;下载或选择一个&lt;/a&gt;（模型 → 管理模型…，Ctrl+M），然后把截图、照片、PDF、文档或视频拖到这里并提问。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358"/>
        <source>Drop a screenshot, photo, PDF, document or video, and ask about it.</source>
        <translation>拖入截图、照片、PDF、文档或视频，然后提问。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>Load with 8-bit weights</source>
        <translation>以 8 位权重加载</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>Load with 4-bit weights</source>
        <translation>以 4 位权重加载</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source>Could not save %s: %s.</source>
        <translation>无法保存 %s：%s。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>Choose another folder, or free some space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="450"/>
        <source>Files Desktop VLM reads (%s);;All files (*)</source>
        <translation>Desktop VLM 可读取的文件 (%s);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="176"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="61"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="134"/>
        <source>Vary regenerated answers</source>
        <translation>重新生成时换一种回答</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="138"/>
        <source>Regenerate samples a new answer even when the conversation is deterministic (greedy); off: it writes the greedy answer again.</source>
        <translation>即使对话设为确定性（贪心）解码，重新生成也会采样新回答；关闭时会再次写出相同的贪心回答。</translation>
    </message>
    <message>
        <location filename="../main.py" line="36"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation>历史数据库已损坏；已将其移到别处，并新建了一个数据库。</translation>
    </message>
</context>
<context>
    <name>MessageBody</name>
    <message>
        <location filename="../answer_body.py" line="62"/>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="277"/>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="128"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="128"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="151"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="152"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="158"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="159"/>
        <source>Edit question and resend</source>
        <translation>编辑问题并重新发送</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="191"/>
        <source>%s of %s lines</source>
        <translation>%s 行（共 %s 行）</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="193"/>
        <source>Click it to read what the model read</source>
        <translation>点击查看模型读到的内容</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="249"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="249"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="250"/>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="250"/>
        <source>Send the question</source>
        <translation>发送问题</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="179"/>
        <source>Attachment %s: open it as the model sees it</source>
        <translation>附件 %s：以模型看到的样子打开</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../model_card.py" line="41"/>
        <source>Select a model to see what it is good at.</source>
        <translation>选择一个模型，查看它擅长什么。</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="50"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="51"/>
        <location filename="../model_card.py" line="61"/>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="52"/>
        <source>Good at</source>
        <translation>擅长</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="53"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="54"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="55"/>
        <source>Download</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="56"/>
        <location filename="../model_card.py" line="67"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="57"/>
        <source>Image tokens</source>
        <translation>图像 token</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="57"/>
        <source>%s–%s per picture</source>
        <translation>每张图片 %s–%s</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="61"/>
        <source>A model folder you imported.</source>
        <translation>你导入的模型文件夹。</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="62"/>
        <source>On disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <location filename="../model_card.py" line="72"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>ModelChoices</name>
    <message>
        <location filename="../model_choices.py" line="23"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="24"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="25"/>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="152"/>
        <source>memory need unknown</source>
        <translation>所需内存未知</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="156"/>
        <source>fits the GPU</source>
        <translation>可放入 GPU</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="157"/>
        <source>fits in memory</source>
        <translation>可放入内存</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="158"/>
        <source>too large for the free memory</source>
        <translation>超出可用内存</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="161"/>
        <source>fits in memory with 8-bit weights</source>
        <translation>使用 8 位权重可放入内存</translation>
    </message>
    <message>
        <location filename="../model_choices.py" line="162"/>
        <source>%s · needs %s of %s GiB free</source>
        <translation>%s · 需要 %s GiB，可用 %s GiB</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../model_dialog.py" line="115"/>
        <location filename="../model_dialog.py" line="131"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="137"/>
        <location filename="../model_dialog.py" line="173"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="140"/>
        <location filename="../model_dialog.py" line="174"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="143"/>
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="144"/>
        <source>8-bit (int8)</source>
        <translation>8 位（int8）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="145"/>
        <source>4-bit (int4)</source>
        <translation>4 位（int4）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="148"/>
        <source>Language-model weights</source>
        <translation>语言模型权重</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="162"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="175"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="340"/>
        <source>Download %s first (its Download button).</source>
        <translation>请先下载 %s（点它的“下载”按钮）。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="374"/>
        <source>%s is installed.</source>
        <translation>%s 已安装。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="221"/>
        <source>Memory (%s)</source>
        <translation>内存（%s）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="70"/>
        <source>Import a model folder</source>
        <translation>导入模型文件夹</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="71"/>
        <source>Import %s (%s in %d files)?</source>
        <translation>导入 %s（%s，%d 个文件）？</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="79"/>
        <source>Copying keeps the model if the folder is moved or deleted, and needs %s free in the model folder (%s free now). Using it in place takes no space.</source>
        <translation>复制后即使原文件夹被移动或删除也能继续使用，需要模型文件夹有 %s 可用空间（当前可用 %s）。原地使用不占空间。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="86"/>
        <source>Copy into the model folder</source>
        <translation>复制到模型文件夹</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="88"/>
        <source>Use it where it is</source>
        <translation>原地使用</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="151"/>
        <source>Weight-only quantisation of the language model: less memory, slightly different answers. On the CPU it also answers faster; the first load converts the weights and later loads reuse them. On a GPU it needs the &apos;quantization&apos; extra.</source>
        <translation>仅量化语言模型的权重：占用更少内存，回答会略有不同。在 CPU 上回答还会更快；首次加载时会转换权重，之后的加载直接复用。在 GPU 上需要安装 &apos;quantization&apos; 附加组件。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="356"/>
        <source>%s: every file verified.</source>
        <translation>%s：所有文件均已校验。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="360"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="360"/>
        <source>Delete %s from disk?</source>
        <translation>从磁盘删除 %s？</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="364"/>
        <source>%s was deleted.</source>
        <translation>已删除 %s。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="377"/>
        <source>Downloading %s failed: %s</source>
        <translation>下载 %s 失败：%s</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="381"/>
        <source>%s: paused; Resume continues where it stopped.</source>
        <translation>%s：已暂停；“继续”会从中断处接着下载。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="383"/>
        <source>%s: download cancelled.</source>
        <translation>%s：已取消下载。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="390"/>
        <source>Choose a model folder to import</source>
        <translation>选择要导入的模型文件夹</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="403"/>
        <source>Importing %s…</source>
        <translation>正在导入 %s…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="409"/>
        <source>Not imported: %s</source>
        <translation>未能导入：%s</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="414"/>
        <source>Imported %s (%s). Double-click it, or press Load, to use it.</source>
        <translation>已导入 %s（%s）。双击或点“加载”即可使用。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../model_picker.py" line="55"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="56"/>
        <source>Choose the model that answers</source>
        <translation>选择回答问题的模型</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="68"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="94"/>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="108"/>
        <source>Loading… %s%d s</source>
        <translation>正在加载… %s%d 秒</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="146"/>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="152"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="152"/>
        <location filename="../model_picker.py" line="191"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="162"/>
        <source>Damaged: verify it in Manage models, or download it again.</source>
        <translation>已损坏：请在“管理模型”中校验，或重新下载。</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="168"/>
        <source>None yet: download one in Manage models…</source>
        <translation>还没有：在“管理模型…”中下载一个</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="173"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="174"/>
        <source>Load a model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="175"/>
        <source>Use a remote endpoint…</source>
        <translation>使用远程服务…</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="178"/>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <location filename="../model_picker.py" line="187"/>
        <source>In the Hugging Face cache</source>
        <translation>在 Hugging Face 缓存中</translation>
    </message>
</context>
<context>
    <name>ModelRows</name>
    <message>
        <location filename="../model_rows.py" line="42"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="43"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="44"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="45"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="46"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="48"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="49"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="50"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="53"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="54"/>
        <source>in the Hugging Face cache: Use needs no download</source>
        <translation>在 Hugging Face 缓存中:使用无需下载</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="55"/>
        <source>failed — retry</source>
        <translation>失败 — 可重试</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="56"/>
        <source>paused · %s</source>
        <translation>已暂停 · %s</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="57"/>
        <source>damaged: verify, or download again</source>
        <translation>已损坏：请校验或重新下载</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="58"/>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="59"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="60"/>
        <source>installed, verified</source>
        <translation>已安装，已校验</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="63"/>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="64"/>
        <source>verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="65"/>
        <source>downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="66"/>
        <source>%d min left</source>
        <translation>还需 %d 分钟</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="67"/>
        <source>%d s left</source>
        <translation>还需 %d 秒</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="68"/>
        <source>%s of %s GB</source>
        <translation>%s / %s GB</translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../status_view.py" line="28"/>
        <location filename="../status_view.py" line="76"/>
        <location filename="../status_view.py" line="81"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="32"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="51"/>
        <source>Loading %s…</source>
        <translation>正在加载 %s…</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="60"/>
        <source>Loading: %s…</source>
        <translation>正在加载：%s…</translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message>
        <location filename="../pdf_pages.py" line="95"/>
        <source>Pages of %s to send</source>
        <translation>要发送的 %s 页面</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="105"/>
        <source>Pages: Space ticks or unticks the current page</source>
        <translation>页面：空格键勾选或取消当前页</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="107"/>
        <source>Page %d</source>
        <translation>第 %d 页</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="114"/>
        <source>All pages</source>
        <translation>全部页面</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="116"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="180"/>
        <source>Page %d: %d tiles → %s image tokens</source>
        <translation>第 %d 页：%d 个图块 → %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="191"/>
        <source>Send %d page(s)</source>
        <translation>发送 %d 页</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="191"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="193"/>
        <source>Tick the pages the model should read.</source>
        <translation>勾选模型要读的页面。</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="195"/>
        <source>Pages %s: about %s image tokens.</source>
        <translation>第 %s 页：约 %s 个图像 token。</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="198"/>
        <source>at most %d pages are sent at once</source>
        <translation>一次最多发送 %d 页</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="200"/>
        <source>the model&apos;s context has room for about %s image tokens</source>
        <translation>模型的上下文大约还能容纳 %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../pdf_pages.py" line="204"/>
        <source>Only %d of the %d ticked pages will be sent: %s. Use fewer tiles (Max tiles) to fit more pages.</source>
        <translation>只会发送 %d 页（共勾选 %d 页）：%s。减少图块数（最大图块数）可容纳更多页面。</translation>
    </message>
</context>
<context>
    <name>PagesChip</name>
    <message>
        <location filename="../attachment_chip.py" line="144"/>
        <source> · page %d of %d</source>
        <translation> · 第 %d 页，共 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="145"/>
        <source> · pages %s of %d</source>
        <translation> · 第 %s 页，共 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="155"/>
        <source>%d of %d pages: at most %d at once. Pages… to choose.</source>
        <translation>%d / %d 页：一次最多 %d 页。点“页面…”选择。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="156"/>
        <source>%d of %d pages: more would not fit the model&apos;s context. Pages… to choose.</source>
        <translation>%d / %d 页：再多将超出模型的上下文。点“页面…”选择。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="163"/>
        <source>Pages…</source>
        <translation>页面…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="164"/>
        <source>Choose the pages of %s to send</source>
        <translation>选择 %s 中要发送的页面</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="169"/>
        <source>Send its text</source>
        <translation>发送其文字</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="170"/>
        <source>Send the text of its pages instead of pictures: many more pages fit</source>
        <translation>发送各页的文字而非图片：可容纳多得多的页</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="64"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="69"/>
        <location filename="../preferences_dialog.py" line="74"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="74"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="74"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="77"/>
        <source>the app&apos;s own data folder</source>
        <translation>应用自己的数据文件夹</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="81"/>
        <source>auto (a GPU when there is one)</source>
        <translation>自动（有 GPU 时用 GPU）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="83"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>8-bit (int8)</source>
        <translation>8 位（int8）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>4-bit (int4)</source>
        <translation>4 位（int4）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="92"/>
        <source>for gated models; kept in the system keyring</source>
        <translation>用于需授权的模型；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="93"/>
        <location filename="../preferences_dialog.py" line="116"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="95"/>
        <source>empty: the system&apos;s proxy variables</source>
        <translation>留空：使用系统的代理变量</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="100"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="103"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="111"/>
        <source>Used the next time a model is loaded.</source>
        <translation>下次加载模型时生效。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="114"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="161"/>
        <source>Choose the model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="172"/>
        <source>The hub endpoint must be an http:// or https:// address, e.g. https://huggingface.co or a mirror.</source>
        <translation>Hub 地址必须是 http:// 或 https:// 开头的地址，例如 https://huggingface.co 或镜像站。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="178"/>
        <source>The proxy must be an address such as http://proxy:3128, or empty.</source>
        <translation>代理必须是类似 http://proxy:3128 的地址，或留空。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="181"/>
        <source>The model folder %s does not exist.</source>
        <translation>模型文件夹 %s 不存在。</translation>
    </message>
</context>
<context>
    <name>PromptEstimate</name>
    <message>
        <location filename="../prompt_estimate.py" line="57"/>
        <source>⚠ about %s tokens with the answer: more than the model&apos;s context of %s. Use fewer tiles or frames, or less text; otherwise the oldest turns are left out.</source>
        <translation>⚠ 加上回答约 %s 个 token：超过模型 %s 的上下文。请减少图块或帧，或减少文本；否则最早的几轮对话将被省略。</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="62"/>
        <source>%s image tokens</source>
        <translation>%s 个图像 token</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="64"/>
        <source>about %s tokens of text</source>
        <translation>约 %s 个文本 token</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="65"/>
        <source>prompt ≈ %s of %s tokens</source>
        <translation>提示 ≈ %s / %s token</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../question_editor.py" line="56"/>
        <source>Reworded question</source>
        <translation>改写后的问题</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="60"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="61"/>
        <source>Send the reworded question</source>
        <translation>发送改写后的问题</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="64"/>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="66"/>
        <source>Enter sends · Shift+Enter new line · Esc cancels</source>
        <translation>Enter 发送 · Shift+Enter 换行 · Esc 取消</translation>
    </message>
</context>
<context>
    <name>RegionGrabber</name>
    <message>
        <location filename="../screenshot.py" line="23"/>
        <source>Select a region of the screen; Escape cancels</source>
        <translation>选择屏幕区域；按 Escape 取消</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../remote_dialog.py" line="13"/>
        <source>Use a remote endpoint</source>
        <translation>使用远程服务</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="17"/>
        <source>Endpoint URL</source>
        <translation>远程服务 URL</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="20"/>
        <source>Model name on the server</source>
        <translation>服务器上的模型名称</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="23"/>
        <location filename="../remote_dialog.py" line="41"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="24"/>
        <source>kept in the system keyring; leave empty to use the kept one</source>
        <translation>保存在系统密钥环中；留空则使用已保存的密钥</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="27"/>
        <source>Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). Images are sent to that server.</source>
        <translation>任何兼容 OpenAI 接口的视觉服务（LMDeploy、vLLM、desktop-vlm serve）。图片将发送到该服务器。</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="39"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="40"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="57"/>
        <source>Name the model the server serves (see its /v1/models).</source>
        <translation>请填写服务器提供的模型名称（见其 /v1/models）。</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <location filename="../model_rows.py" line="154"/>
        <source>This model is loaded now.</source>
        <translation>此模型当前已加载。</translation>
    </message>
    <message>
        <location filename="../model_rows.py" line="156"/>
        <source>In use now; unload it first (Models → Unload model).</source>
        <translation>正在使用；请先卸载（模型 → 卸载模型）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../preferences_dialog.py" line="36"/>
        <source>Hub endpoint or mirror URL</source>
        <translation>Hub 地址或镜像 URL</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="37"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="38"/>
        <source>Files downloaded at once</source>
        <translation>同时下载的文件数</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="39"/>
        <source>Bandwidth limit (MB/s, 0 = unlimited)</source>
        <translation>带宽限制（MB/s，0 = 不限）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="40"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="41"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="42"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="43"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="44"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="45"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../settings_panel.py" line="39"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="45"/>
        <source>Model&apos;s default system prompt</source>
        <translation>模型默认系统提示词</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="46"/>
        <location filename="../settings_panel.py" line="49"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="53"/>
        <source>What the model sees</source>
        <translation>模型看到的内容</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="57"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="58"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="59"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="62"/>
        <source>Tile preset</source>
        <translation>切片预设</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="65"/>
        <source>Maximum tiles per image</source>
        <translation>每张图片的最大切片数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="67"/>
        <source>Image tokens per tile</source>
        <translation>每个切片的图像 token 数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="71"/>
        <location filename="../settings_panel.py" line="78"/>
        <source>Video frames</source>
        <translation>视频帧数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="75"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="76"/>
        <source>Max tiles</source>
        <translation>最大切片数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="77"/>
        <source>Image tokens</source>
        <translation>图像 token</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="82"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="84"/>
        <source>Deterministic (greedy)</source>
        <translation>确定性（贪心）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="85"/>
        <location filename="../settings_panel.py" line="93"/>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="91"/>
        <source>Maximum new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="96"/>
        <source>Max new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="97"/>
        <source>Look ahead in the conversation</source>
        <translation>根据对话提前推测</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="100"/>
        <source>Guess the next few tokens from what the conversation already says and keep those the model would write anyway: the same answer, sooner where it repeats earlier text (lists, tables, code). Pays most on a CPU with bf16 instructions, and should on a GPU; elsewhere it feeds guesses only where they pay.</source>
        <translation>根据对话中已有的内容推测接下来的几个词元，并保留模型本来就会写出的那些：回答不变，但在重复前文内容时（列表、表格、代码）更快。在支持 bf16 指令的 CPU 上收益最大，在 GPU 上应当也是如此；在其他设备上只在有益时才使用推测。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="109"/>
        <source>On the CPU, 8-bit weights answer faster in half the memory or less; answers may differ slightly.</source>
        <translation>在 CPU 上，8 位权重回答更快，只需一半或更少的内存；回答可能略有不同。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="114"/>
        <source>Reload with 8-bit weights</source>
        <translation>以 8 位权重重新加载</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="115"/>
        <source>The first load converts the weights; later loads reuse them.</source>
        <translation>首次加载时会转换权重；之后的加载直接复用。</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="206"/>
        <source>Running on the CPU: every tile costs seconds, so images default to %d tiles. Raise Max tiles if you can wait.</source>
        <translation>正在 CPU 上运行：每个切片都要耗费数秒，因此图片默认最多使用 %d 个切片。如果可以等待，请调高“最大切片数”。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../shortcuts.py" line="39"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="40"/>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="41"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="42"/>
        <source>Window and models</source>
        <translation>窗口与模型</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="49"/>
        <source>Send the question (Enter in the question box; Shift+Enter: new line)</source>
        <translation>发送问题（在提问框中按 Enter；Shift+Enter：换行）</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="53"/>
        <source>Stop the answer (in the search box: clear the search)</source>
        <translation>停止回答（在搜索框中：清除搜索）</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="56"/>
        <source>Regenerate the last answer as a new version</source>
        <translation>将最后一个回答重新生成为新版本</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="61"/>
        <source>Previous version (of the last message that has versions)</source>
        <translation>上一个版本（最后一条有多个版本的消息）</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="64"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="65"/>
        <source>Copy the last answer</source>
        <translation>复制最后一个回答</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="66"/>
        <source>Go to the question box</source>
        <translation>转到提问框</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="67"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="68"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="70"/>
        <source>Next conversation in the list</source>
        <translation>列表中的下一个对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="75"/>
        <source>Previous conversation in the list</source>
        <translation>列表中的上一个对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="78"/>
        <source>Export this conversation…</source>
        <translation>导出此对话…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="79"/>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="80"/>
        <source>Paste a picture or files</source>
        <translation>粘贴图片或文件</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="81"/>
        <source>Screenshot a region…</source>
        <translation>截取屏幕区域…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="82"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="83"/>
        <source>Load a model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="85"/>
        <source>Show or hide the conversation list</source>
        <translation>显示或隐藏对话列表</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="88"/>
        <source>Show or hide the settings panel</source>
        <translation>显示或隐藏设置面板</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="91"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="92"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../shortcuts.py" line="188"/>
        <location filename="../shortcuts.py" line="196"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="190"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="190"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="206"/>
        <source>Tab and Shift+Tab move between the parts of the window; Enter or Space presses a focused button or opens a focused picture.</source>
        <translation>Tab 和 Shift+Tab 在窗口各部分之间移动；Enter 或空格键按下当前按钮或打开当前图片。</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../answer_body.py" line="208"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>TextChip</name>
    <message>
        <location filename="../attachment_chip.py" line="179"/>
        <source> · %s lines</source>
        <translation> · %s 行</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="188"/>
        <source>%s of %s lines fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s 行（共 %s 行）可放入模型的上下文：将发送与您的问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="192"/>
        <source>%s of %s characters fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s 个字符（共 %s 个）可放入模型的上下文：将发送与您的问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="195"/>
        <source>The first %s of %s lines: the rest would not fit the model&apos;s context.</source>
        <translation>前 %s 行（共 %s 行）：其余部分超出模型的上下文。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="197"/>
        <source>The first %s of %s characters: the rest would not fit the model&apos;s context.</source>
        <translation>前 %s 个字符（共 %s 个）：其余部分超出模型的上下文。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="212"/>
        <source>Send pages as pictures</source>
        <translation>以图片发送各页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="213"/>
        <source>Send its pages as the model sees them: layout, figures and scans</source>
        <translation>按模型所见发送各页：版式、图表和扫描件</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="218"/>
        <source>about %s tokens of text</source>
        <translation>约 %s 个文本 token</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="225"/>
        <source>1 picture</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="225"/>
        <source>%s pictures</source>
        <translation>%s 张图片</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="226"/>
        <source>%s, %s image tokens</source>
        <translation>%s，%s 个图像 token</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../text_viewer.py" line="43"/>
        <source>%s as the model reads it</source>
        <translation>模型读到的 %s</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="44"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="50"/>
        <source>The text sent to the model</source>
        <translation>发送给模型的文本</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="59"/>
        <source>%s lines · about %s tokens · read as %s</source>
        <translation>%s 行 · 约 %s 个 token · 按 %s 读取</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="74"/>
        <source>Only %s of its %s lines fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>仅 %s 行（共 %s 行）可放入上下文：发送时将选择与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="79"/>
        <source>Only %s of its %s characters fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>仅 %s 个字符（共 %s 个）可放入上下文：发送时将选择与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="86"/>
        <source>%s of its %s lines are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s 行（共 %s 行）被省略，已在原处标出：已发送与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="90"/>
        <source>%s of its %s characters are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s 个字符（共 %s 个）被省略，已在原处标出：已发送与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="93"/>
        <source>The last %s of its %s lines are left out: they would not fit the context.</source>
        <translation>最后 %s 行（共 %s 行）被省略：超出上下文。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="95"/>
        <source>The last %s of its %s characters are left out: they would not fit the context.</source>
        <translation>最后 %s 个字符（共 %s 个）被省略：超出上下文。</translation>
    </message>
</context>
<context>
    <name>TileCanvas</name>
    <message>
        <location filename="../attachment_viewer.py" line="63"/>
        <source>The picture with its tile grid</source>
        <translation>带图块网格的图片</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <location filename="../answer_versions.py" line="26"/>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../answer_versions.py" line="34"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../answer_versions.py" line="46"/>
        <source>Version %d of %d</source>
        <translation>第 %d 个版本，共 %d 个</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../welcome_panel.py" line="34"/>
        <source>Welcome to Desktop VLM</source>
        <translation>欢迎使用 Desktop VLM</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="39"/>
        <source>Ask about screenshots, photos, documents and videos with a vision-language model that runs on this computer. First, get a model:</source>
        <translation>用在这台电脑上运行的视觉语言模型询问截图、照片、文档和视频。首先，获取一个模型：</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="80"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="85"/>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="107"/>
        <source>Import a model folder…</source>
        <translation>导入模型文件夹…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="108"/>
        <source>See all models…</source>
        <translation>查看所有模型…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="109"/>
        <source>Use a remote endpoint…</source>
        <translation>使用远程服务…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="136"/>
        <source>Recommended for this computer: %s</source>
        <translation>推荐给这台电脑：%s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="139"/>
        <source>on the GPU (%s)</source>
        <translation>在 GPU（%s）上</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="142"/>
        <source>on the GPU</source>
        <translation>在 GPU 上</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="144"/>
        <source>on the CPU: no GPU was found, so each picture takes seconds to read</source>
        <translation>在 CPU 上：未找到 GPU，每张图片需要几秒钟读取</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="148"/>
        <source>%s download · runs %s · %s</source>
        <translation>下载 %s · 运行%s · %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="150"/>
        <source>Download %s (%s)</source>
        <translation>下载 %s（%s）</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="158"/>
        <source>Already on this computer: %s</source>
        <translation>本机已有:%s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="160"/>
        <source>%s in the Hugging Face cache, where Hugging Face&apos;s own tools downloaded it. Desktop VLM can use it where it is: nothing to download, no extra space.</source>
        <translation>%s,位于 Hugging Face 缓存中(由 Hugging Face 自己的工具下载)。Desktop VLM 可以原地使用:无需下载,不占额外空间。</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="163"/>
        <source>Use %s</source>
        <translation>使用 %s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="171"/>
        <source>Adding it to your models, then loading it…</source>
        <translation>正在添加到你的模型,然后加载…</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="197"/>
        <source>Downloading: %s · %s / %s GB</source>
        <translation>正在下载：%s · %s / %s GB</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="205"/>
        <source>The download failed: %s</source>
        <translation>下载失败：%s</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="206"/>
        <source>Retry the download</source>
        <translation>重试下载</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="209"/>
        <source>Paused; the bytes so far are kept.</source>
        <translation>已暂停；已下载的部分会保留。</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="210"/>
        <source>Resume the download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location filename="../welcome_panel.py" line="216"/>
        <source>Downloaded and verified. Loading it…</source>
        <translation>已下载并校验。正在加载…</translation>
    </message>
</context>
<context>
    <name>WindowHelp</name>
    <message>
        <location filename="../window_help.py" line="35"/>
        <source>There is no logs folder yet.</source>
        <translation>还没有日志文件夹。</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="38"/>
        <source>The logs are in %s</source>
        <translation>日志位于 %s</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="49"/>
        <source>About Desktop VLM</source>
        <translation>关于 Desktop VLM</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="51"/>
        <source>&lt;b&gt;Desktop VLM %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desktop VLM %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../window_help.py" line="54"/>
        <source>Talk about screenshots, photos, documents and videos with a vision-language model on your own computer, offline.&lt;br&gt;Licence: Apache-2.0. Icons drawn for this project.&lt;br&gt;&lt;a href=&quot;%s&quot;&gt;%s&lt;/a&gt;</source>
        <translation>在你自己的电脑上离线使用视觉语言模型讨论截图、照片、文档和视频。&lt;br&gt;许可证：Apache-2.0。图标为本项目绘制。&lt;br&gt;&lt;a href=&quot;%s&quot;&gt;%s&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../window_menus.py" line="38"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="39"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="40"/>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="41"/>
        <source>Screenshot a region…</source>
        <translation>截取屏幕区域…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="44"/>
        <source>Export this chat…</source>
        <translation>导出此对话…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="46"/>
        <source>Export all conversations…</source>
        <translation>导出所有对话…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="47"/>
        <source>Export extracted data…</source>
        <translation>导出提取的数据…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="49"/>
        <source>Import conversation (JSON)…</source>
        <translation>导入对话（JSON）…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="51"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="53"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="57"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="58"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="59"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="60"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="61"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="63"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="64"/>
        <source>Extract data as</source>
        <translation>提取数据为</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="72"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="73"/>
        <source>Load model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="74"/>
        <source>Use a remote endpoint…</source>
        <translation>使用远程服务…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="79"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="81"/>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>Settings panel</source>
        <translation>设置面板</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="92"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="94"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="94"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="94"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="104"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="105"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="107"/>
        <source>Open logs folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="109"/>
        <source>About Desktop VLM</source>
        <translation>关于 Desktop VLM</translation>
    </message>
</context>
<context>
    <name>WindowModels</name>
    <message>
        <location filename="../window_models.py" line="147"/>
        <source>Choose a model folder to import</source>
        <translation>选择要导入的模型文件夹</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="152"/>
        <source>Importing %s…</source>
        <translation>正在导入 %s…</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="162"/>
        <source>Not imported: %s</source>
        <translation>未能导入：%s</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="232"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../app/inference_service.py" line="179"/>
        <source>This conversation is longer than the model&apos;s context: its oldest turn was left out of this answer.</source>
        <translation>此对话超出了模型的上下文：本次回答未包含最早的一轮对话。</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="185"/>
        <source>This conversation is longer than the model&apos;s context: its oldest %s turns were left out of this answer.</source>
        <translation>此对话超出了模型的上下文：本次回答未包含最早的 %s 轮对话。</translation>
    </message>
</context>
</TS>
