<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="53"/>
        <source>%s: open it as the model sees it</source>
        <translation>%s：以模型看到的样子打开</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="54"/>
        <source>Open as the model sees it</source>
        <translation>以模型看到的样子打开</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="58"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="115"/>
        <source>1 tile → %s image tokens</source>
        <translation>1 个图块 → %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="117"/>
        <source>%d tiles → %s image tokens</source>
        <translation>%d 个图块 → %s 个图像 token</translation>
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
        <location filename="../../runtime/internvl/spec.py" line="147"/>
        <source>InternViT-300M + Qwen2.5-3B: strong general and document understanding.</source>
        <translation>InternViT-300M + Qwen2.5-3B：通用图像与文档理解能力强。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="152"/>
        <source>Everyday photos, screenshots, charts and scanned documents (reads text well); a good first model.</source>
        <translation>日常照片、截图、图表和扫描文档（擅长识读文字）；适合作为第一个模型。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="149"/>
        <source>MIT (unverified)</source>
        <translation>MIT（未核实）</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="158"/>
        <source>InternViT-300M + Phi-3-mini with a 128k context.</source>
        <translation>InternViT-300M + Phi-3-mini，128k 上下文。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="163"/>
        <source>Long conversations and many pages at once (128k-token context).</source>
        <translation>长对话和一次处理多页（128k token 上下文）。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="168"/>
        <source>Vietnamese-first InternVL on Qwen2.5-3B: receipts, forms and documents in Vietnamese.</source>
        <translation>基于 Qwen2.5-3B、以越南语为主的 InternVL：越南语收据、表格和文档。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="173"/>
        <source>Vietnamese receipts, invoices, forms and ID documents.</source>
        <translation>越南语收据、发票、表格和身份证件。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="42"/>
        <source>Monolithic InternLM2 with visual experts; no separate vision tower.</source>
        <translation>带视觉专家的一体式 InternLM2；没有单独的视觉编码器。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="125"/>
        <source>Quick answers about photos and screenshots; one network for text and images.</source>
        <translation>快速回答有关照片和截图的问题；文字和图像共用一个网络。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="119"/>
        <source>SigLIP2 + Qwen2.5-3B with an adjustable image-token budget (64–576 per tile).</source>
        <translation>SigLIP2 + Qwen2.5-3B，图像 token 预算可调（每个图块 64–576）。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="125"/>
        <source>Speed against detail: few image tokens per tile on a slow machine, many for fine print.</source>
        <translation>在速度与细节之间取舍：慢机器上每个图块用少量图像 token，细小文字用更多。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="121"/>
        <source>Apache-2.0 (unverified)</source>
        <translation>Apache-2.0（未核实）</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/chat_controller.py" line="171"/>
        <source>%s quoted again with this question: the conversation has outgrown the context.</source>
        <translation>%s 已随此问题再次引用：对话已超出上下文。</translation>
    </message>
    <message>
        <location filename="../../app/chat_controller.py" line="447"/>
        <source>The attached text was cut further: the model counts it as longer than estimated.</source>
        <translation>附加的文本被进一步截短：模型计算出的长度超过了估计。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="48"/>
        <source>the model ended its answer without any text</source>
        <translation>模型结束了回答，但没有输出任何文字</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="50"/>
        <source>not sent — stopped while the model was loading; Send asks it now</source>
        <translation>未发送 — 在模型加载时已停止；点“发送”立即提问</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="52"/>
        <source>cut off — Desktop VLM closed before the answer finished</source>
        <translation>已中断 — 回答完成前 Desktop VLM 已关闭</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="54"/>
        <source>stopped before the first words</source>
        <translation>已在第一个字出现前停止</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="56"/>
        <source>stopped at the answer length limit (Max new tokens)</source>
        <translation>已在回答长度上限处停止（最大新 token 数）</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="58"/>
        <source>rewritten by you</source>
        <translation>已由你改写</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="60"/>
        <source>stopped — partial answer</source>
        <translation>已停止——部分回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="61"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="73"/>
        <source>looking at the pictures… %1%</source>
        <translation>正在查看图片… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="75"/>
        <source>reading the conversation… %1%</source>
        <translation>正在阅读对话… %1%</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="85"/>
        <source>first token %s ms</source>
        <translation>首个 token %s 毫秒</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="87"/>
        <source>%s tokens/s</source>
        <translation>%s token/秒</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="89"/>
        <source>%s tokens</source>
        <translation>%s 个 token</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="91"/>
        <source>%1 of %2 guessed tokens kept</source>
        <translation>保留了 %2 个推测词元中的 %1 个</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="97"/>
        <source>%s prompt tokens reused</source>
        <translation>复用 %s 个提示 token</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="345"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="362"/>
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
        <location filename="../answer_body.py" line="185"/>
        <location filename="../answer_body.py" line="187"/>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="194"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="271"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>询问图片、文档或视频…（可拖放或粘贴文件）</translation>
    </message>
    <message>
        <location filename="../composer.py" line="272"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="279"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="280"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../composer.py" line="281"/>
        <location filename="../composer.py" line="625"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../composer.py" line="283"/>
        <location filename="../composer.py" line="626"/>
        <source>Send question</source>
        <translation>发送问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="376"/>
        <source>%d file(s) in %s are protected with a password.</source>
        <translation>有 %d 个文件受密码保护（在 %s 中）。</translation>
    </message>
    <message>
        <location filename="../composer.py" line="389"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../composer.py" line="391"/>
        <source>Type the password to open %s. The password is not saved; the conversation keeps an unprotected copy of the file, as it keeps every file attached.</source>
        <translation>输入密码以打开 %s。密码不会被保存；对话会像保存所有附件一样，保存该文件的一份无保护副本。</translation>
    </message>
    <message>
        <location filename="../composer.py" line="601"/>
        <source>%s image tokens</source>
        <translation>%s 个图像 token</translation>
    </message>
    <message>
        <location filename="../composer.py" line="603"/>
        <source>about %s tokens of text</source>
        <translation>约 %s 个文本 token</translation>
    </message>
    <message>
        <location filename="../composer.py" line="604"/>
        <source>%s in this message</source>
        <translation>本条消息中 %s</translation>
    </message>
    <message>
        <location filename="../composer.py" line="625"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../composer.py" line="626"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../composer.py" line="640"/>
        <source>Preparing %d attachment(s)… the question is sent when they are ready.</source>
        <translation>正在准备 %d 个附件… 准备好后将发送问题。</translation>
    </message>
    <message>
        <location filename="../composer.py" line="695"/>
        <source>%s is a web address: Desktop VLM works offline and downloads nothing.</source>
        <translation>%s 是一个网址：Desktop VLM 离线运行，不会下载任何内容。</translation>
    </message>
    <message>
        <location filename="../composer.py" line="697"/>
        <source>Save the picture or file on this computer first (in a browser: right-click → Save Image As…), then drop or attach the saved file.</source>
        <translation>请先把图片或文件保存到这台电脑上（在浏览器中：右键 → 图片另存为…），然后拖入或附加保存的文件。</translation>
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
    <name>DownloadService</name>
    <message>
        <location filename="../../app/download_service.py" line="151"/>
        <source>Could not import %s: %s.</source>
        <translation>无法导入 %s：%s。</translation>
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
        <location filename="../attachment_chip.py" line="129"/>
        <source> · %d frames</source>
        <translation> · %d 帧</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../history_actions.py" line="23"/>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="23"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="34"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="34"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>删除此对话及其附件？</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="49"/>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="66"/>
        <source>Open a conversation with messages to export it.</source>
        <translation>请先打开一个有消息的对话再导出。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="74"/>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="74"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="79"/>
        <source>Export all conversations to</source>
        <translation>将所有对话导出到</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="90"/>
        <source>Could not export to %s: %s.</source>
        <translation>无法导出到 %s：%s。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="91"/>
        <source>Choose another folder, or free some space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="96"/>
        <source>%d conversation(s) exported to %s</source>
        <translation>已将 %d 个对话导出到 %s</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="111"/>
        <source>Import conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="117"/>
        <source>This file is not a conversation export.</source>
        <translation>此文件不是导出的对话。</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <location filename="../../app/inference_service.py" line="421"/>
        <source>Loading the model was stopped.</source>
        <translation>模型加载已停止。</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="427"/>
        <source>The model was unloaded.</source>
        <translation>模型已卸载。</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="434"/>
        <source>The question was not sent: the model could not be loaded.</source>
        <translation>问题未发送：无法加载模型。</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../load_progress.py" line="34"/>
        <source>Building the model</source>
        <translation>构建模型</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="35"/>
        <source>Reading the weights</source>
        <translation>读取权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="36"/>
        <source>Reading the quantised weights</source>
        <translation>读取已量化的权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="37"/>
        <source>Reading and quantising the weights</source>
        <translation>读取并量化权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="38"/>
        <source>Saving the quantised weights</source>
        <translation>保存量化后的权重</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="39"/>
        <source>Quantising the language model</source>
        <translation>量化语言模型</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="40"/>
        <source>Building a kernel for this CPU (once)</source>
        <translation>正在为此 CPU 编译计算内核（仅一次）</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="41"/>
        <source>Choosing kernels for this CPU</source>
        <translation>为此 CPU 选择计算内核</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="42"/>
        <source>Timing kernels on this CPU (once)</source>
        <translation>此 CPU 上测试计算内核（仅一次）</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="43"/>
        <source>Placing the weights in memory</source>
        <translation>将权重放入内存</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="44"/>
        <source>Compiling (slow the first time)</source>
        <translation>编译（首次较慢）</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="45"/>
        <source>Recording the decode step</source>
        <translation>录制解码步骤</translation>
    </message>
    <message>
        <location filename="../load_progress.py" line="46"/>
        <source>Loading the tokenizer</source>
        <translation>加载分词器</translation>
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
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Text size: %1%</source>
        <translation>文字大小：%1%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Branch of %1</source>
        <translation>%1 的分支</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>%1 — Desktop VLM</source>
        <translation>%1 — Desktop VLM</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation>请在 模型 → 管理模型… (Ctrl+M) 中下载或选择一个模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Waiting for the model to load… the question goes out when it is ready (Stop cancels).</source>
        <translation>正在等待模型加载…模型就绪后问题会自动发送（“停止”可取消）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="427"/>
        <source>The model was unloaded after %1 minutes without a question, to give its memory back; your next question loads it again.</source>
        <translation>模型在 %1 分钟无人提问后已卸载，以释放内存；下一个问题会重新加载它。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>No model yet: &lt;a href=&quot;models&quot;&gt;download or choose one&lt;/a&gt; (Models → Manage models…, Ctrl+M), then drop a screenshot, photo, PDF, document or video here and ask about it.</source>
        <translation>还没有模型：&lt;a href=&quot;models&quot;&gt;下载或选择一个&lt;/a&gt;（模型 → 管理模型…，Ctrl+M），然后把截图、照片、PDF、文档或视频拖到这里并提问。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Drop a screenshot, photo, PDF, document or video, and ask about it.</source>
        <translation>拖入截图、照片、PDF、文档或视频，然后提问。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Load with 8-bit weights</source>
        <translation>以 8 位权重加载</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Load with 4-bit weights</source>
        <translation>以 4 位权重加载</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="525"/>
        <location filename="../main_window.py" line="542"/>
        <location filename="../main_window.py" line="556"/>
        <source>Could not save %s: %s.</source>
        <translation>无法保存 %s：%s。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="526"/>
        <location filename="../main_window.py" line="543"/>
        <location filename="../main_window.py" line="557"/>
        <source>Choose another folder, or free some space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="530"/>
        <location filename="../main_window.py" line="547"/>
        <location filename="../main_window.py" line="561"/>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535"/>
        <source>Save a copy of %s</source>
        <translation>保存 %s 的副本</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="566"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="569"/>
        <source>Files Desktop VLM reads (%s);;All files (*)</source>
        <translation>Desktop VLM 可读取的文件 (%s);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="192"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="61"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="135"/>
        <source>Vary regenerated answers</source>
        <translation>重新生成时换一种回答</translation>
    </message>
    <message>
        <location filename="../chat_column.py" line="139"/>
        <source>Regenerate samples a new answer even when the conversation is deterministic (greedy); off: it writes the greedy answer again.</source>
        <translation>即使对话设为确定性（贪心）解码，重新生成也会采样新回答；关闭时会再次写出相同的贪心回答。</translation>
    </message>
    <message>
        <location filename="../main.py" line="41"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation>历史数据库已损坏；已将其移到别处，并新建了一个数据库。</translation>
    </message>
</context>
<context>
    <name>MessageBody</name>
    <message>
        <location filename="../answer_body.py" line="73"/>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
    <message>
        <location filename="../answer_body.py" line="288"/>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="140"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="140"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="162"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="163"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="169"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="171"/>
        <source>Edit question and resend</source>
        <translation>编辑问题并重新发送</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="171"/>
        <source>Rewrite the answer</source>
        <translation>改写回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="176"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="177"/>
        <source>Continue the answer where it stopped</source>
        <translation>从停止处继续写回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="184"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="185"/>
        <source>Go on from this answer in a new chat; this one stays as it is</source>
        <translation>在新对话中从这个回答继续；当前对话保持不变</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="186"/>
        <source>Branch in a new chat</source>
        <translation>在新对话中分支</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="218"/>
        <source>%s of %s lines</source>
        <translation>%s 行（共 %s 行）</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="220"/>
        <source>Click it to read what the model read</source>
        <translation>点击查看模型读到的内容</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="232"/>
        <source>Open as the model sees it</source>
        <translation>以模型看到的样子打开</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="233"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="294"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="294"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="295"/>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="295"/>
        <source>Send the question</source>
        <translation>发送问题</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="202"/>
        <source>Attachment %s: open it as the model sees it</source>
        <translation>附件 %s：以模型看到的样子打开</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/attachments.py" line="138"/>
        <source>{name} has nothing the model can see.</source>
        <translation>{name} 中没有模型能看到的内容。</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="184"/>
        <source>No attachment kind reads text, so {name} cannot be attached.</source>
        <translation>没有任何附件类型能读取文本，因此无法附加 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="209"/>
        <source>No attachment kind reads PNG pictures, so {name} cannot be attached.</source>
        <translation>没有任何附件类型能读取 PNG 图片，因此无法附加 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/chat_controller.py" line="376"/>
        <source>There is no question to answer.</source>
        <translation>没有需要回答的问题。</translation>
    </message>
    <message>
        <location filename="../../cli/arguments.py" line="55"/>
        <source>The environment variable {name} holds no password.</source>
        <translation>环境变量 {name} 中没有密码。</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="120"/>
        <source>History file {path} must hold a JSON list of [question, answer] string pairs.</source>
        <translation>历史文件 {path} 必须是一个 JSON 列表，其中每一项是 [问题, 回答] 两个字符串。</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="329"/>
        <source>The question is empty and nothing is attached.</source>
        <translation>问题为空，也没有附加任何内容。</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="111"/>
        <source>History file not found: {path}</source>
        <translation>找不到历史文件：{path}</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="114"/>
        <source>History file {path} is not valid JSON ({reason}).</source>
        <translation>历史文件 {path} 不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../cli/ask.py" line="330"/>
        <source>Write what you want to know, or attach something to ask about (--image, --attach).</source>
        <translation>请写下你想知道的内容，或附加要询问的内容（--image、--attach）。</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="261"/>
        <source>--remote needs a model name: --remote-model NAME.</source>
        <translation>--remote 需要指定模型名称：--remote-model NAME。</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="264"/>
        <source>Input folder not found: {folder}</source>
        <translation>找不到输入文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="294"/>
        <source>--max-new-tokens must be at least 1.</source>
        <translation>--max-new-tokens 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="297"/>
        <source>--export-dir needs --template (a free-form answer has no document to export).</source>
        <translation>--export-dir 需要同时使用 --template（自由格式的回答没有可导出的文档）。</translation>
    </message>
    <message>
        <location filename="../../cli/batch.py" line="258"/>
        <source>Give MODEL and INPUT_DIR (with --remote, INPUT_DIR and --remote-model).</source>
        <translation>请提供 MODEL 和 INPUT_DIR（使用 --remote 时，请提供 INPUT_DIR 和 --remote-model）。</translation>
    </message>
    <message>
        <location filename="../../cli/model_argument.py" line="41"/>
        <source>{model} is neither a folder here, an installed model, nor in the Hugging Face cache ({cache}).</source>
        <translation>{model} 既不是此处的文件夹，也不是已安装的模型，也不在 Hugging Face 缓存（{cache}）中。</translation>
    </message>
    <message>
        <location filename="../../cli/model_argument.py" line="46"/>
        <source>Download it with: desktop-vlm models pull {model}</source>
        <translation>可用以下命令下载：desktop-vlm models pull {model}</translation>
    </message>
    <message>
        <location filename="../../cli/serve.py" line="106"/>
        <source>--max-queue, --max-body-mb and --max-connections must be positive.</source>
        <translation>--max-queue、--max-body-mb 和 --max-connections 必须为正数。</translation>
    </message>
    <message>
        <location filename="../../cli/serve.py" line="111"/>
        <source>--allow-files folder not found: {folder}</source>
        <translation>找不到 --allow-files 指定的文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../config/paths.py" line="54"/>
        <source>Desktop VLM cannot make its folder {path}: {reason}.</source>
        <translation>Desktop VLM 无法创建其文件夹 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../config/paths.py" line="55"/>
        <source>Make sure the disk is there, not full and writable by you, and that nothing else is in the folder&apos;s place; then start Desktop VLM again.</source>
        <translation>请确认磁盘存在、未满且你有写入权限，并且该文件夹的位置没有被其他东西占用；然后重新启动 Desktop VLM。</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="61"/>
        <source>{subject}: GGUF is llama.cpp&apos;s format (LM Studio, Ollama and Jan use it), and Desktop VLM loads a model&apos;s original files.</source>
        <translation>{subject}：GGUF 是 llama.cpp 的格式（LM Studio、Ollama 和 Jan 都使用它），而 Desktop VLM 加载的是模型的原始文件。</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="87"/>
        <source>{name} holds model folders ({listed}) and is not one itself.</source>
        <translation>{name} 包含多个模型文件夹（{listed}），它本身不是模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="66"/>
        <source>Download the model&apos;s original folder (config.json and .safetensors files) from the model manager, or run the GGUF in a llama.cpp server and connect to it (Models → Use a remote endpoint…, or --remote URL on the command line).</source>
        <translation>请在“管理模型”中下载模型的原始文件夹（config.json 和 .safetensors 文件），或者在 llama.cpp 服务器中运行该 GGUF 并连接到它（模型 → 使用远程服务…，或在命令行中使用 --remote URL）。</translation>
    </message>
    <message>
        <location filename="../../core/formats.py" line="88"/>
        <source>Choose one of them, such as {example}.</source>
        <translation>请选择其中一个，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../core/hf_cache.py" line="57"/>
        <source>{name} is a Hugging Face cache folder with {count} snapshots and no main branch recorded.</source>
        <translation>{name} 是 Hugging Face 缓存文件夹，其中有 {count} 个快照，但没有记录 main 分支。</translation>
    </message>
    <message>
        <location filename="../../core/hf_cache.py" line="54"/>
        <source>{name} is a Hugging Face cache folder with no downloaded snapshot in it.</source>
        <translation>{name} 是 Hugging Face 缓存文件夹，但其中没有已下载的快照。</translation>
    </message>
    <message>
        <location filename="../../core/hf_cache.py" line="62"/>
        <source>Choose one of the folders in {folder}.</source>
        <translation>请选择 {folder} 中的一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../core/lfs_pointers.py" line="39"/>
        <source>{folder} was cloned without Git LFS: {count} of its files are pointers to the real files ({files}), not the files themselves.</source>
        <translation>{folder} 是在没有 Git LFS 的情况下克隆的：其中 {count} 个文件只是指向真实文件的指针（{files}），而不是文件本身。</translation>
    </message>
    <message>
        <location filename="../../core/lfs_pointers.py" line="46"/>
        <source>In that folder run `git lfs install` and then `git lfs pull` to fetch them, or download the model with the model manager.</source>
        <translation>请在该文件夹中运行 `git lfs install`，然后运行 `git lfs pull` 获取它们，或使用模型管理器下载该模型。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="34"/>
        <source>max new tokens must be between 1 and 32768 (got {value}).</source>
        <translation>最大新 token 数必须在 1 到 32768 之间（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="37"/>
        <source>temperature must be in (0, 10] (got {value}).</source>
        <translation>温度必须在 (0, 10] 范围内（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="39"/>
        <source>top-p must be in (0, 1] (got {value}).</source>
        <translation>Top-p 必须在 (0, 1] 范围内（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="41"/>
        <source>top-k must be 0 (off) or positive (got {value}).</source>
        <translation>Top-k 必须为 0（关闭）或正数（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="43"/>
        <source>beams must be between 1 and 16 (got {value}).</source>
        <translation>束搜索的束数必须在 1 到 16 之间（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="45"/>
        <source>beam search and sampling cannot be combined; pick one.</source>
        <translation>束搜索和采样不能同时使用；请选择其一。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="48"/>
        <source>repetition penalty must be in [0.5, 3] (got {value}).</source>
        <translation>重复惩罚必须在 [0.5, 3] 范围内（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="52"/>
        <source>lookup tokens must be between 0 (off) and {most} (got {value}).</source>
        <translation>推测 token 数必须在 0（关闭）到 {most} 之间（当前为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="59"/>
        <source>beam search and lookup decoding cannot be combined; pick one.</source>
        <translation>束搜索和提前推测解码不能同时使用；请选择其一。</translation>
    </message>
    <message>
        <location filename="../../core/types.py" line="73"/>
        <source>tiles must satisfy 1 &lt;= min ({min_tiles}) &lt;= max ({max_tiles}) &lt;= 40.</source>
        <translation>图块数必须满足 1 &lt;= 最小值（{min_tiles}）&lt;= 最大值（{max_tiles}）&lt;= 40。</translation>
    </message>
    <message>
        <location filename="../../documents/extract.py" line="96"/>
        <source>The answer does not contain valid JSON.</source>
        <translation>回答中没有有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../documents/extract.py" line="97"/>
        <source>Try again with a larger --max-new-tokens, or a model that follows formatting instructions.</source>
        <translation>请用更大的 --max-new-tokens 重试，或换一个能遵循格式要求的模型。</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="25"/>
        <source>Choose another output name.</source>
        <translation>请换一个输出文件名。</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="75"/>
        <source>The output must end in .jsonl or .csv (got {name}).</source>
        <translation>输出文件名必须以 .jsonl 或 .csv 结尾（当前为 {name}）。</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="125"/>
        <source>{name} exists but is not a results file of this tool.</source>
        <translation>{name} 已存在，但不是本工具的结果文件。</translation>
    </message>
    <message>
        <location filename="../../documents/results_file.py" line="119"/>
        <source>{name} is damaged (not UTF-8 at byte {offset}).</source>
        <translation>{name} 已损坏（第 {offset} 字节处不是 UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../documents/templates.py" line="80"/>
        <source>Unknown document template {name!r}.</source>
        <translation>未知的文档模板 {name!r}。</translation>
    </message>
    <message>
        <location filename="../../documents/templates.py" line="81"/>
        <source>Choose one of: {names}.</source>
        <translation>请从以下选项中选择一个：{names}。</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="24"/>
        <source>Free some disk space and try again.</source>
        <translation>请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="48"/>
        <source>the latest change</source>
        <translation>最近的更改</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="51"/>
        <source>The disk is full, so {what} could not be saved. Everything saved before is intact.</source>
        <translation>磁盘已满，无法保存{what}。之前保存的内容都完好无损。</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="98"/>
        <source>the conversation history</source>
        <translation>对话历史</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="101"/>
        <source>The conversation history at {path} could not be opened ({reason}).</source>
        <translation>无法打开位于 {path} 的对话历史（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../history/database.py" line="104"/>
        <source>Close other copies of Desktop VLM and try again.</source>
        <translation>请关闭其他正在运行的 Desktop VLM 后重试。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="191"/>
        <source>This file is larger than the {limit_mb} MB a conversation export may be.</source>
        <translation>此文件超过了导出的对话允许的 {limit_mb} MB 上限。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="197"/>
        <source>This file holds far more values than a conversation export does.</source>
        <translation>此文件包含的值远多于导出的对话应有的数量。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="205"/>
        <source>This JSON file is not a Desktop VLM conversation export.</source>
        <translation>此 JSON 文件不是 Desktop VLM 导出的对话。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="208"/>
        <source>This conversation was exported by a newer version of Desktop VLM.</source>
        <translation>此对话由更新版本的 Desktop VLM 导出。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="213"/>
        <source>This conversation has more than {limit:,} messages.</source>
        <translation>此对话的消息超过 {limit:,} 条。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="263"/>
        <source>The conversation export&apos;s {field} is not text.</source>
        <translation>导出的对话中的 {field} 字段不是文本。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="290"/>
        <source>An attachment of message {number} is malformed.</source>
        <translation>第 {number} 条消息的一个附件格式有误。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="293"/>
        <source>An attachment of message {number} does not match its checksum.</source>
        <translation>第 {number} 条消息的一个附件与其校验和不符。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="296"/>
        <source>The conversation export&apos;s details are malformed.</source>
        <translation>导出的对话中的详细信息格式有误。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="201"/>
        <source>This file nests JSON too deeply to be a conversation export.</source>
        <translation>此文件的 JSON 嵌套过深，不可能是导出的对话。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="203"/>
        <source>This file is not valid JSON ({reason}).</source>
        <translation>此文件不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="209"/>
        <source>Update Desktop VLM to import it.</source>
        <translation>请更新 Desktop VLM 后再导入。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="221"/>
        <source>The conversation export&apos;s settings are malformed.</source>
        <translation>导出的对话中的设置格式有误。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="234"/>
        <source>Message {number} of the conversation export is malformed.</source>
        <translation>导出的对话中第 {number} 条消息格式有误。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="240"/>
        <source>Message {number} has an unknown status {status!r}.</source>
        <translation>第 {number} 条消息的状态 {status!r} 无法识别。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="245"/>
        <source>Message {number} has malformed attachments.</source>
        <translation>第 {number} 条消息的附件格式有误。</translation>
    </message>
    <message>
        <location filename="../../history/export.py" line="251"/>
        <source>The conversation export&apos;s stats are malformed.</source>
        <translation>导出的对话中的统计信息格式有误。</translation>
    </message>
    <message>
        <location filename="../../history/schema.py" line="110"/>
        <source>The conversation history was written by a newer version of Desktop VLM (schema {version}; this version knows {known_version}).</source>
        <translation>对话历史由更新版本的 Desktop VLM 写入（数据结构版本 {version}；此版本只认识到 {known_version}）。</translation>
    </message>
    <message>
        <location filename="../../history/schema.py" line="116"/>
        <source>Update Desktop VLM to open it.</source>
        <translation>请更新 Desktop VLM 后再打开。</translation>
    </message>
    <message>
        <location filename="../../history/store.py" line="45"/>
        <source>Conversation {conversation_id} does not exist (it may have been deleted).</source>
        <translation>对话 {conversation_id} 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../hub/catalog.py" line="37"/>
        <source>{typed!r} is not a model id; use owner/name, e.g. OpenGVLab/InternVL2_5-4B.</source>
        <translation>{typed!r} 不是模型 ID；请使用“所有者/名称”的形式，例如 OpenGVLab/InternVL2_5-4B。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="326"/>
        <source>The hub answered {status} for {repo}.</source>
        <translation>Hub 对 {repo} 返回了 {status}。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="251"/>
        <source>{what} is {size:,} bytes, more than the {limit:,} expected.</source>
        <translation>{what}大小为 {size:,} 字节，超过了预期的 {limit:,} 字节。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="313"/>
        <source>{repo} is gated or private: the hub refused access ({status}).</source>
        <translation>{repo} 需要授权或是私有的：Hub 拒绝了访问（{status}）。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="317"/>
        <source>No model or revision called {repo} on this hub (404).</source>
        <translation>此 Hub 上没有名为 {repo} 的模型或版本（404）。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="319"/>
        <source>The hub refused the resume range for a file of {repo} (416).</source>
        <translation>Hub 拒绝了 {repo} 中某个文件的续传范围（416）。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="322"/>
        <source>The hub is limiting requests for {repo} (429).</source>
        <translation>Hub 正在限制对 {repo} 的请求（429）。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="326"/>
        <source>Try again later.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="122"/>
        <source>Cannot reach the model hub at {url} (offline since an earlier try).</source>
        <translation>无法连接位于 {url} 的模型 Hub（之前的尝试已判定为离线）。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="181"/>
        <source>The hub&apos;s answer for {repo}@{revision} has no commit sha.</source>
        <translation>Hub 对 {repo}@{revision} 的响应中没有提交 sha。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="235"/>
        <source>The hub is limiting requests for {repo} and asks to wait {seconds:.0f} s more.</source>
        <translation>Hub 正在限制对 {repo} 的请求，并要求再等待 {seconds:.0f} 秒。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="263"/>
        <source>{what} is longer than the {limit:,} bytes expected; stopped.</source>
        <translation>{what}超过了预期的 {limit:,} 字节；已停止读取。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="314"/>
        <source>Accept its license on the hub and set an access token: desktop-vlm models token.</source>
        <translation>请在 Hub 上接受它的许可证，并设置访问令牌：desktop-vlm models token。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="323"/>
        <source>Wait a few minutes and resume.</source>
        <translation>请等几分钟后继续下载。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="123"/>
        <source>Check the network, proxy and hub endpoint in settings, then retry.</source>
        <translation>请检查设置中的网络、代理和 Hub 地址，然后重试。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="174"/>
        <source>The hub&apos;s answer for {repo} is not readable JSON.</source>
        <translation>Hub 对 {repo} 的响应不是可读的 JSON。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="193"/>
        <source>The hub&apos;s file list for {repo} is malformed.</source>
        <translation>Hub 返回的 {repo} 文件列表格式有误。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="240"/>
        <source>Try again later; a download resumes where it stopped.</source>
        <translation>请稍后再试；下载会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="133"/>
        <source>The hub&apos;s answer for {repo}</source>
        <translation>Hub 对 {repo} 的响应</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="140"/>
        <source>Cannot reach the model hub at {url} ({error_type}).</source>
        <translation>无法连接位于 {url} 的模型 Hub（{error_type}）。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="145"/>
        <source>Check the network, proxy and hub endpoint in settings.</source>
        <translation>请检查设置中的网络、代理和 Hub 地址。</translation>
    </message>
    <message>
        <location filename="../../hub/client.py" line="150"/>
        <source>The model hub at {url} stopped answering ({error_type}).</source>
        <translation>位于 {url} 的模型 Hub 停止了响应（{error_type}）。</translation>
    </message>
    <message>
        <location filename="../../hub/diskspace.py" line="23"/>
        <source>Not enough disk space: this needs {need_gib:.2f} GiB and {free_gib:.2f} GiB is free in {folder}.</source>
        <translation>磁盘空间不足：需要 {need_gib:.2f} GiB，而 {folder} 中只有 {free_gib:.2f} GiB 可用。</translation>
    </message>
    <message>
        <location filename="../../hub/diskspace.py" line="29"/>
        <source>Free some space or move the model folder in settings.</source>
        <translation>请释放一些空间，或在设置中更换模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="176"/>
        <source>The server sent more than the {size:,} bytes the hub lists for {file}; the download was stopped there and those bytes dropped.</source>
        <translation>服务器发送的数据超过了 Hub 为 {file} 列出的 {size:,} 字节；下载已在此处停止，多出的字节已丢弃。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="277"/>
        <source>Downloading {file} kept failing; the bytes so far are kept.</source>
        <translation>下载 {file} 一再失败；已下载的部分会保留。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="125"/>
        <source>{file} has {size} bytes, the hub says {listed_size}.</source>
        <translation>{file} 有 {size} 字节，而 Hub 标明的是 {listed_size} 字节。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="133"/>
        <source>{file} does not match its published sha256.</source>
        <translation>{file} 与其公布的 sha256 不符。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="135"/>
        <source>{file} does not match its published checksum.</source>
        <translation>{file} 与其公布的校验和不符。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="182"/>
        <source>The mirror is broken or not trustworthy; try again later or use another endpoint.</source>
        <translation>该镜像已损坏或不可信；请稍后再试，或使用其他 Hub 地址。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="278"/>
        <source>Resume later.</source>
        <translation>请稍后继续下载。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="261"/>
        <source>The disk filled up during the download; the bytes so far are kept.</source>
        <translation>下载过程中磁盘已满；已下载的部分会保留。</translation>
    </message>
    <message>
        <location filename="../../hub/download.py" line="262"/>
        <source>Free some space and resume.</source>
        <translation>请释放一些空间后继续下载。</translation>
    </message>
    <message>
        <location filename="../../hub/local_copy.py" line="107"/>
        <source>{names} in {folder} cannot be copied safely (a link out of the folder, or not a regular file).</source>
        <translation>{folder} 中的 {names} 无法安全复制（是指向文件夹外的链接，或不是普通文件）。</translation>
    </message>
    <message>
        <location filename="../../hub/local_copy.py" line="112"/>
        <source>Import it to be used where it is instead (&apos;Use it where it is&apos;, or --reference on the command line).</source>
        <translation>请改为导入后原地使用（选择“原地使用”，或在命令行中使用 --reference）。</translation>
    </message>
    <message>
        <location filename="../../hub/local_copy.py" line="128"/>
        <source>Could not copy {name} from {folder}: {reason}.</source>
        <translation>无法从 {folder} 复制 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="62"/>
        <source>This repository only has pickle weights (.bin/.pt), which could run code when loaded.</source>
        <translation>此仓库只有 pickle 格式的权重（.bin/.pt），加载时可能会执行代码。</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="86"/>
        <source>{repo} has no config.json; it is not a model repository.</source>
        <translation>{repo} 没有 config.json；它不是模型仓库。</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="56"/>
        <source>The hub listed an unsafe file path ({path!r}); nothing was downloaded.</source>
        <translation>Hub 列出了一个不安全的文件路径（{path!r}）；未下载任何内容。</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="63"/>
        <source>Desktop VLM only loads .safetensors weights.</source>
        <translation>Desktop VLM 只加载 .safetensors 权重。</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="85"/>
        <source>{repo} holds GGUF files and no config.json</source>
        <translation>{repo} 含有 GGUF 文件，但没有 config.json</translation>
    </message>
    <message>
        <location filename="../../hub/manager.py" line="92"/>
        <source>The config.json of {repo} is not readable JSON.</source>
        <translation>{repo} 的 config.json 不是可读的 JSON。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="82"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="146"/>
        <source>Did you mean {model_id}? Model ids are case-sensitive.</source>
        <translation>你要找的是不是 {model_id}？模型 ID 区分大小写。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="147"/>
        <source>{model_id} is not installed.</source>
        <translation>{model_id} 尚未安装。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="393"/>
        <source>{folder} has no config.json; it is not a model folder.</source>
        <translation>{folder} 没有 config.json；它不是模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="396"/>
        <source>{path} is {size:,} bytes, more than a model&apos;s config.json can be.</source>
        <translation>{path} 有 {size:,} 字节，超出了模型的 config.json 可能的大小。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="411"/>
        <source>{folder} has no .safetensors weights (pickle weights are not loaded, for safety).</source>
        <translation>{folder} 中没有 .safetensors 权重（出于安全考虑，不加载 pickle 权重）。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="277"/>
        <source>To import it again, remove it first: desktop-vlm models rm {model_id}</source>
        <translation>若要重新导入，请先移除它：desktop-vlm models rm {model_id}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="386"/>
        <source>{name} holds GGUF files ({files}) and no config.json</source>
        <translation>{name} 含有 GGUF 文件（{files}），但没有 config.json</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="405"/>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="407"/>
        <source>{path} is not readable JSON ({reason}).</source>
        <translation>{path} 不是可读的 JSON（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="245"/>
        <source>{model_id} is already being downloaded by another Desktop VLM process.</source>
        <translation>另一个 Desktop VLM 进程正在下载 {model_id}。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="281"/>
        <source>{folder} is already imported as {model_id}.</source>
        <translation>{folder} 已作为 {model_id} 导入。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="337"/>
        <source>{model_id} was used where it lay, in {folder}, and that folder is gone.</source>
        <translation>{model_id} 是在原位置 {folder} 使用的，而该文件夹已不存在。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="354"/>
        <source>{file} is missing</source>
        <translation>缺少 {file}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="248"/>
        <source>Wait for it to finish, or pause it there first.</source>
        <translation>请等它下载完成，或先在那个进程中暂停下载。</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="342"/>
        <source>Import it again from where it is now, or remove it: desktop-vlm models rm {model_id}</source>
        <translation>请从它现在所在的位置重新导入，或移除它：desktop-vlm models rm {model_id}</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="356"/>
        <source>{file} has the wrong size</source>
        <translation>{file} 的大小不对</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="358"/>
        <source>{file} does not match its sha256</source>
        <translation>{file} 与其 sha256 校验值不符</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="360"/>
        <source>{file} does not match its checksum</source>
        <translation>{file} 与其校验值不符</translation>
    </message>
    <message>
        <location filename="../../hub/store.py" line="131"/>
        <source>the folder it was used from is gone: {folder}</source>
        <translation>原地使用的文件夹已不存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="29"/>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩文件</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="30"/>
        <source>Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or unpack it and attach its files.</source>
        <translation>请在窗口中附加它，窗口会询问密码（desktop-vlm ask：--password-env），或先解压再附加其中的文件。</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="56"/>
        <source>{name} is an empty archive.</source>
        <translation>{name} 是空的压缩文件。</translation>
    </message>
    <message>
        <location filename="../../media/archive_text.py" line="58"/>
        <source>{name} is protected with a password.</source>
        <translation>{name} 受密码保护。</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/animation.py" line="49"/>
        <source>animations</source>
        <translation>动画</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/archive.py" line="21"/>
        <source>ZIP archive</source>
        <translation>ZIP 压缩文件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/archive.py" line="41"/>
        <source>ZIP archives</source>
        <translation>ZIP 压缩文件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/comic.py" line="28"/>
        <source>comic books</source>
        <translation>漫画</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/docx.py" line="17"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/docx.py" line="35"/>
        <source>Word documents</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/email.py" line="18"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/email.py" line="19"/>
        <source>web page saved as one file</source>
        <translation>保存为单个文件的网页</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/email.py" line="45"/>
        <source>e-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/epub.py" line="19"/>
        <source>EPUB e-book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/epub.py" line="43"/>
        <source>e-books</source>
        <translation>电子书</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/html.py" line="33"/>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/html.py" line="101"/>
        <source>web pages</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/image.py" line="43"/>
        <source>images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/kindle.py" line="19"/>
        <source>Kindle e-book</source>
        <translation>Kindle 电子书</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/kindle.py" line="42"/>
        <source>Kindle e-books</source>
        <translation>Kindle 电子书</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/notebook.py" line="15"/>
        <source>Jupyter notebook</source>
        <translation>Jupyter 笔记本</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/notebook.py" line="31"/>
        <source>notebooks</source>
        <translation>Jupyter 笔记本</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odp.py" line="20"/>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odp.py" line="43"/>
        <source>OpenDocument presentations</source>
        <translation>OpenDocument 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/ods.py" line="19"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/ods.py" line="42"/>
        <source>OpenDocument spreadsheets</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odt.py" line="17"/>
        <source>OpenDocument text</source>
        <translation>OpenDocument 文本</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/odt.py" line="40"/>
        <source>OpenDocument texts</source>
        <translation>OpenDocument 文本文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="25"/>
        <source>Word 97–2003 document</source>
        <translation>Word 97–2003 文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="26"/>
        <source>Excel 97–2003 workbook</source>
        <translation>Excel 97–2003 工作簿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="27"/>
        <source>PowerPoint 97–2003 presentation</source>
        <translation>PowerPoint 97–2003 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="28"/>
        <source>Outlook message</source>
        <translation>Outlook 邮件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/office97.py" line="76"/>
        <source>Office 97–2003 files and Outlook messages</source>
        <translation>Office 97–2003 文件和 Outlook 邮件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/pdf.py" line="37"/>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/pptx.py" line="18"/>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/pptx.py" line="36"/>
        <source>PowerPoint presentations</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/rtf.py" line="17"/>
        <source>RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/rtf.py" line="38"/>
        <source>RTF documents</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/scan.py" line="30"/>
        <source>scans of several pages</source>
        <translation>多页扫描件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/svg.py" line="32"/>
        <source>SVG drawings</source>
        <translation>SVG 图形</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/text.py" line="37"/>
        <source>text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/video.py" line="42"/>
        <source>videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/webarchive.py" line="17"/>
        <source>Safari web archive</source>
        <translation>Safari 网页归档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/webarchive.py" line="41"/>
        <source>Safari web archives</source>
        <translation>Safari 网页归档</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/xlsx.py" line="18"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../media/attachment_kinds/xlsx.py" line="36"/>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="26"/>
        <source>a comic book</source>
        <translation>漫画</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="64"/>
        <source>Page {number} of {name}</source>
        <translation>{name} 的第 {number} 页</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="57"/>
        <source>{name} has {count} page(s); page {number} does not exist.</source>
        <translation>{name} 有 {count} 页；第 {number} 页不存在。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="103"/>
        <source>{name} has no pages: there are no pictures in it.</source>
        <translation>{name} 没有页面：里面没有图片。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="106"/>
        <source>{name} has {count:,} pages; Desktop VLM opens comics of at most {limit:,} pages.</source>
        <translation>{name} 有 {count:,} 页；Desktop VLM 最多打开 {limit:,} 页的漫画。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="79"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="100"/>
        <source>{name} is damaged or is not {document_kind}.</source>
        <translation>{name} 已损坏，或者不是 {document_kind}。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="138"/>
        <source>{page} is damaged.</source>
        <translation>{page} 已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="126"/>
        <source>{page} is protected with a password.</source>
        <translation>{page} 受密码保护。</translation>
    </message>
    <message>
        <location filename="../../media/comic.py" line="129"/>
        <source>{page} unpacks to {size_mb:,.0f} MB; Desktop VLM reads pages of up to {limit_mb} MB.</source>
        <translation>{page} 解压后为 {size_mb:,.0f} MB；Desktop VLM 最多读取 {limit_mb} MB 的页面。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="29"/>
        <source>Open it in the program that made it, save a copy without the password, and attach that.</source>
        <translation>请在创建它的程序中打开它，另存一份不带密码的副本，然后附加该副本。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="30"/>
        <source>Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or save a copy without the password in the program that made it and attach that.</source>
        <translation>请在窗口中附加它，窗口会询问密码（desktop-vlm ask：--password-env），或在创建它的程序中另存一份不带密码的副本再附加。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="135"/>
        <source>{name} is not a Word, Excel or PowerPoint file.</source>
        <translation>{name} 不是 Word、Excel 或 PowerPoint 文件。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="47"/>
        <source>{name} is not an Office 97–2003 file, whatever its name says.</source>
        <translation>{name} 不是 Office 97–2003 文件，尽管它的文件名看起来像。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="69"/>
        <source>{name} is damaged: it has no {part} part.</source>
        <translation>{name} 已损坏：其中没有 {part} 部分。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="136"/>
        <source>Save it as PDF in the program that made it, and attach that.</source>
        <translation>请在创建它的程序中将其另存为 PDF，然后附加该文件。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="48"/>
        <source>Open it in the program that made it, save it as PDF or .docx, and attach that.</source>
        <translation>请在创建它的程序中打开它，另存为 PDF 或 .docx，然后附加该文件。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="53"/>
        <source>{name} is damaged: its Office container cannot be read.</source>
        <translation>{name} 已损坏：无法读取其 Office 容器。</translation>
    </message>
    <message>
        <location filename="../../media/compound_file.py" line="74"/>
        <source>{name} is damaged: its {part} part cannot be read.</source>
        <translation>{name} 已损坏：无法读取其中的 {part} 部分。</translation>
    </message>
    <message>
        <location filename="../../media/docx_text.py" line="17"/>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../media/docx_text.py" line="48"/>
        <source>{name} is not a Word document: it has no document body.</source>
        <translation>{name} 不是 Word 文档：其中没有文档正文。</translation>
    </message>
    <message>
        <location filename="../../media/email_text.py" line="67"/>
        <source>{name} is not an e-mail: it has no sender, recipient, subject or date.</source>
        <translation>{name} 不是电子邮件：没有发件人、收件人、主题或日期。</translation>
    </message>
    <message>
        <location filename="../../media/email_text.py" line="64"/>
        <source>{name} is damaged: its parts are nested deeper than any e-mail&apos;s.</source>
        <translation>{name} 已损坏：其各部分的嵌套深度超出任何电子邮件。</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="26"/>
        <source>an EPUB e-book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="60"/>
        <source>{name} is damaged: it does not say where its contents are.</source>
        <translation>{name} 已损坏：它没有说明内容在哪里。</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="96"/>
        <source>{name} is not an e-book with chapters to read.</source>
        <translation>{name} 不是含有可读章节的电子书。</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="78"/>
        <source>{name} is protected with DRM: its chapters are encrypted.</source>
        <translation>{name} 受 DRM 保护：其章节已加密。</translation>
    </message>
    <message>
        <location filename="../../media/epub_text.py" line="79"/>
        <source>Open it in the app it was bought in and copy the passage you are asking about.</source>
        <translation>请在购买它的应用中打开，并复制你要问的段落。</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="24"/>
        <source>Attach the files you want to ask about, or a smaller folder.</source>
        <translation>请附加你想询问的文件，或一个更小的文件夹。</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="62"/>
        <source>{name} is an empty folder.</source>
        <translation>{name} 是一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="59"/>
        <source>Cannot read the folder {name}: {reason}.</source>
        <translation>无法读取文件夹 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="89"/>
        <source>Cannot pack the folder {name}: {reason}.</source>
        <translation>无法打包文件夹 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../media/folder_archive.py" line="48"/>
        <source>{name} holds more than {files:,} files or {size_mb} MB; Desktop VLM reads a folder up to that size.</source>
        <translation>{name} 包含超过 {files:,} 个文件或 {size_mb} MB；Desktop VLM 只读取不超过此大小的文件夹。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="60"/>
        <source>Scale it down or crop the part you want to ask about.</source>
        <translation>请缩小图片，或裁剪出你想询问的部分。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="61"/>
        <source>the pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="176"/>
        <source>downscaled from {width}×{height} to {sent_width}×{sent_height} for {tiles} tiles</source>
        <translation>已从 {width}×{height} 缩小到 {sent_width}×{sent_height}，以适应 {tiles} 个图块</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="245"/>
        <source>{name} is {width}×{height} pixels, more than the {limit_mp:g} MP limit, and {reason}.</source>
        <translation>{name} 为 {width}×{height} 像素，超过了 {limit_mp:g} MP 的上限，而且{reason}。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="227"/>
        <source>a progressive JPEG this large needs the whole image in memory to decode</source>
        <translation>这么大的渐进式 JPEG 需要把整张图片放入内存才能解码</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="236"/>
        <source>only 8-bit, non-interlaced PNGs this large can be downscaled while decoding</source>
        <translation>这么大的 PNG 只有 8 位、非隔行扫描的才能在解码时缩小</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="363"/>
        <source>{name} has no pixels ({width}×{height}).</source>
        <translation>{name} 没有像素（{width}×{height}）。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="366"/>
        <source>{name} is {width}×{height} pixels, more than the {limit_mp:g} MP limit.</source>
        <translation>{name} 为 {width}×{height} 像素，超过了 {limit_mp:g} MP 的上限。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="238"/>
        <source>{image_format} images this large cannot be downscaled while decoding (JPEG and PNG can)</source>
        <translation>这么大的 {image_format} 图片无法在解码时缩小（JPEG 和 PNG 可以）</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="243"/>
        <source>such images this large cannot be downscaled while decoding (JPEG and PNG can)</source>
        <translation>这么大的此类图片无法在解码时缩小（JPEG 和 PNG 可以）</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="315"/>
        <source>{name} has {count:,} frames; Desktop VLM reads animations of at most {limit:,}.</source>
        <translation>{name} 有 {count:,} 帧；Desktop VLM 最多读取 {limit:,} 帧的动画。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="350"/>
        <source>{name} is empty.</source>
        <translation>{name} 是空的。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="353"/>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="355"/>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} 是文件夹，不是图片。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="391"/>
        <source>{name} declares far more pixels than the {limit_mp:g} MP limit (a decompression bomb?).</source>
        <translation>{name} 声明的像素数远超 {limit_mp:g} MP 的上限（可能是解压炸弹？）。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="401"/>
        <source>{name} is not an image Desktop VLM can read, or it is damaged.</source>
        <translation>{name} 不是 Desktop VLM 能读取的图片，或者已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="406"/>
        <source>{name} needs more memory to decode than is available.</source>
        <translation>解码 {name} 所需的内存超过了可用内存。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="421"/>
        <source>{name} could not be decoded ({reason}); the file may be truncated or damaged.</source>
        <translation>{name} 无法解码（{reason}）；文件可能不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="430"/>
        <source>{name} could not be decoded; the file may be damaged.</source>
        <translation>{name} 无法解码；文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/images.py" line="402"/>
        <source>Supported: {formats}.</source>
        <translation>支持的格式：{formats}。</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="140"/>
        <source>{items} and {last_item}</source>
        <translation>{items}和{last_item}</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="139"/>
        <source>{items}, {next_item}</source>
        <translation>{items}、{next_item}</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="102"/>
        <source>Attachments of the kind {kind!r} cannot be read by this version of Desktop VLM.</source>
        <translation>此版本的 Desktop VLM 无法读取类型为 {kind!r} 的附件。</translation>
    </message>
    <message>
        <location filename="../../media/kind_registry.py" line="170"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../media/kind_spec.py" line="227"/>
        <source>{kind_title} ({formats})</source>
        <translation>{kind_title}（{formats}）</translation>
    </message>
    <message>
        <location filename="../../media/kind_spec.py" line="242"/>
        <source>{name} is {size_mb:,.1f} MB; Desktop VLM reads {kind_title} of up to {limit_mb:,.0f} MB.</source>
        <translation>{name} 大小为 {size_mb:,.1f} MB；Desktop VLM 可读取的{kind_title}最大为 {limit_mb:,.0f} MB。</translation>
    </message>
    <message>
        <location filename="../../media/kind_spec.py" line="249"/>
        <source>Attach a part of it.</source>
        <translation>请附加其中的一部分。</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="31"/>
        <source>a Kindle e-book</source>
        <translation>Kindle 电子书</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="78"/>
        <source>{name} is not an e-book with text to read.</source>
        <translation>{name} 不是含有可读文字的电子书。</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="152"/>
        <source>{name} is protected with DRM: its text is encrypted.</source>
        <translation>{name} 受 DRM 保护：其文字已加密。</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="157"/>
        <source>{name} is compressed in Amazon&apos;s HUFF/CDIC format, which Desktop VLM does not read.</source>
        <translation>{name} 使用亚马逊的 HUFF/CDIC 格式压缩，Desktop VLM 无法读取。</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="101"/>
        <source>{name} is not {document_kind}.</source>
        <translation>{name} 不是{document_kind}。</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="153"/>
        <source>Open it in the Kindle app it was bought for and copy the passage you are asking about.</source>
        <translation>请在购买它的 Kindle 应用中打开，并复制你要问的段落。</translation>
    </message>
    <message>
        <location filename="../../media/kindle_text.py" line="158"/>
        <source>Convert it to EPUB with Calibre, and attach that.</source>
        <translation>请用 Calibre 将它转换为 EPUB，然后附加该文件。</translation>
    </message>
    <message>
        <location filename="../../media/notebook_text.py" line="29"/>
        <source>{name} is not a Jupyter notebook: it has no cells.</source>
        <translation>{name} 不是 Jupyter 笔记本：其中没有单元格。</translation>
    </message>
    <message>
        <location filename="../../media/notebook_text.py" line="26"/>
        <source>{name} is damaged: it is not a notebook&apos;s JSON.</source>
        <translation>{name} 已损坏：它不是笔记本的 JSON。</translation>
    </message>
    <message>
        <location filename="../../media/odp_text.py" line="15"/>
        <source>an OpenDocument presentation</source>
        <translation>OpenDocument 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/odp_text.py" line="44"/>
        <source>{name} is not an OpenDocument presentation: it has no slides.</source>
        <translation>{name} 不是 OpenDocument 演示文稿：其中没有幻灯片。</translation>
    </message>
    <message>
        <location filename="../../media/ods_text.py" line="25"/>
        <source>an OpenDocument spreadsheet</source>
        <translation>OpenDocument 电子表格</translation>
    </message>
    <message>
        <location filename="../../media/ods_text.py" line="79"/>
        <source>{name} is not an OpenDocument spreadsheet: it has no sheets.</source>
        <translation>{name} 不是 OpenDocument 电子表格：其中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../media/ods_text.py" line="75"/>
        <source>{name} is damaged: its text cannot be read.</source>
        <translation>{name} 已损坏：无法读取其文本。</translation>
    </message>
    <message>
        <location filename="../../media/odt_text.py" line="18"/>
        <source>an OpenDocument text</source>
        <translation>OpenDocument 文本文档</translation>
    </message>
    <message>
        <location filename="../../media/odt_text.py" line="55"/>
        <source>{name} is not an OpenDocument text: it has no text body.</source>
        <translation>{name} 不是 OpenDocument 文本文档：其中没有正文。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="53"/>
        <source>{name} is protected with a password; Desktop VLM cannot open it.</source>
        <translation>{name} 受密码保护；Desktop VLM 无法打开它。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="56"/>
        <source>{name} unpacks to {size_mb:,.0f} MB of markup; Desktop VLM reads documents of up to {limit_mb} MB.</source>
        <translation>{name} 解压后有 {size_mb:,.0f} MB 的标记内容；Desktop VLM 可读取的文档最大为 {limit_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="90"/>
        <source>{name} holds XML an Office document never has (a DOCTYPE); it was not read.</source>
        <translation>{name} 含有 Office 文档中从不会出现的 XML（DOCTYPE）；未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="50"/>
        <source>{name} is not {document_kind}: it has no {part}.</source>
        <translation>{name} 不是 {document_kind}：其中没有 {part}。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="62"/>
        <source>Attach a part of it, saved as a document of its own.</source>
        <translation>请将其中一部分另存为单独的文档，然后附加该文档。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="68"/>
        <source>{name} is damaged: {part} cannot be unpacked.</source>
        <translation>{name} 已损坏：无法解压 {part}。</translation>
    </message>
    <message>
        <location filename="../../media/ooxml.py" line="104"/>
        <source>an Office document</source>
        <translation>Office 文档</translation>
    </message>
    <message>
        <location filename="../../media/paged.py" line="112"/>
        <source>{name} has no text to read: its pages are pictures, as in a scan.</source>
        <translation>{name} 没有可读取的文字：它的页面是图片，就像扫描件一样。</translation>
    </message>
    <message>
        <location filename="../../media/paged.py" line="116"/>
        <source>PDF text</source>
        <translation>PDF 文本</translation>
    </message>
    <message>
        <location filename="../../media/paged.py" line="113"/>
        <source>Send its pages as pictures instead.</source>
        <translation>请改为以图片发送各页。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="41"/>
        <source>{name} is not a file.</source>
        <translation>{name} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="57"/>
        <source>A script that runs Desktop VLM must start it under if __name__ == &apos;__main__&apos;:.</source>
        <translation>运行 Desktop VLM 的脚本必须在 if __name__ == &apos;__main__&apos;: 之下启动它。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="58"/>
        <source>the PDF renderer process ended while starting (exit code {exit_code})</source>
        <translation>PDF 渲染进程在启动时退出了（退出代码 {exit_code}）</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="71"/>
        <source>{what} is too large or complex to render (it needs more than the {limit_gb:.3g} GB the PDF renderer may use).</source>
        <translation>{what} 太大或太复杂，无法渲染（所需内存超过 PDF 渲染器可用的 {limit_gb:.3g} GB）。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="78"/>
        <source>{what} is too large or complex to render.</source>
        <translation>{what} 太大或太复杂，无法渲染。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="114"/>
        <source>{name} has {count:,} pages; Desktop VLM opens PDFs of at most {limit:,} pages.</source>
        <translation>{name} 有 {count:,} 页；Desktop VLM 只能打开不超过 {limit:,} 页的 PDF。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="49"/>
        <source>{what} is too complex to render: it took longer than {seconds:g} s and was stopped.</source>
        <translation>{what} 太复杂，无法渲染：耗时超过 {seconds:g} 秒，已被停止。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="62"/>
        <source>The PDF renderer could not start, so {name} cannot be read ({reason}).</source>
        <translation>PDF 渲染器无法启动，因此无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="79"/>
        <source>The file may be damaged or built to exhaust memory.</source>
        <translation>该文件可能已损坏，或是为耗尽内存而构造的。</translation>
    </message>
    <message>
        <location filename="../../media/pdf.py" line="54"/>
        <source>The file may be damaged or built to exhaust the renderer.</source>
        <translation>该文件可能已损坏，或是为耗尽渲染器而构造的。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="149"/>
        <source>Page {number} of {name} rendered at an unexpected size {size}.</source>
        <translation>{name} 的第 {number} 页渲染出的尺寸 {size} 与预期不符。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="128"/>
        <source>Page {number} of {name} has an unusable size ({width:g}×{height:g} pt).</source>
        <translation>{name} 的第 {number} 页尺寸不可用（{width:g}×{height:g} pt）。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="141"/>
        <source>Page {number} of {name} could not be rendered; the file may be damaged.</source>
        <translation>{name} 的第 {number} 页无法渲染；文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="211"/>
        <source>{name} is not a PDF Desktop VLM can read; it may be damaged.</source>
        <translation>{name} 不是 Desktop VLM 能读取的 PDF；它可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="217"/>
        <source>An unprotected copy of {name} could not be written ({reason}).</source>
        <translation>无法写入 {name} 的无保护副本（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="81"/>
        <source>Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or save an unprotected copy in a PDF viewer and attach that.</source>
        <translation>请在窗口中附加它，窗口会询问密码（desktop-vlm ask：--password-env），或用 PDF 阅读器另存一份无保护的副本再附加。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="183"/>
        <source>The text of page {number} of {name} cannot be read; it may be damaged.</source>
        <translation>无法读取 {name} 第 {number} 页的文字；文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="207"/>
        <source>That is not the password of {name}.</source>
        <translation>这不是 {name} 的密码。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="86"/>
        <source>{name} is password-protected.</source>
        <translation>{name} 受密码保护。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="90"/>
        <source>{name} uses a protection scheme Desktop VLM cannot open.</source>
        <translation>{name} 使用了 Desktop VLM 无法打开的保护方式。</translation>
    </message>
    <message>
        <location filename="../../media/pdf_worker.py" line="208"/>
        <source>Type the password the PDF asks for when it is opened.</source>
        <translation>请输入打开该 PDF 时要求的密码。</translation>
    </message>
    <message>
        <location filename="../../media/png_strips.py" line="138"/>
        <source>Downscaling this {width}×{height} PNG took too long; it was stopped.</source>
        <translation>缩小这张 {width}×{height} 的 PNG 耗时过长，已停止。</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="113"/>
        <source>{name} is not a PowerPoint presentation: it has no slides.</source>
        <translation>{name} 不是 PowerPoint 演示文稿：其中没有幻灯片。</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="148"/>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} 已损坏：{reason}。</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="153"/>
        <source>a record lies outside its part</source>
        <translation>有一条记录位于其所属部分之外</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="157"/>
        <source>a record is longer than the part holding it</source>
        <translation>有一条记录比容纳它的部分还长</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="174"/>
        <source>its records point into one another</source>
        <translation>其中的记录相互重叠</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="179"/>
        <source>a record is too short</source>
        <translation>有一条记录太短</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="218"/>
        <source>its Current User part is not a PowerPoint one</source>
        <translation>其中的 Current User 部分不属于 PowerPoint</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="246"/>
        <source>a saved edit does not point at its persist directory</source>
        <translation>某次保存的编辑没有指向其 persist 目录</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="265"/>
        <source>a slide, or the document listing them, is missing</source>
        <translation>缺少一张幻灯片，或缺少列出幻灯片的文档部分</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="314"/>
        <source>its shapes are grouped deeper than any presentation&apos;s</source>
        <translation>其中形状的组合层级比任何演示文稿应有的都深</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="226"/>
        <source>its saved edits point at one another in a loop</source>
        <translation>其保存的编辑记录相互指向，形成了循环</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="230"/>
        <source>its Current User part does not point at a saved edit</source>
        <translation>其 Current User 部分没有指向任何保存的编辑记录</translation>
    </message>
    <message>
        <location filename="../../media/ppt97_text.py" line="253"/>
        <source>its persist directory is cut short</source>
        <translation>其持久化目录被截断</translation>
    </message>
    <message>
        <location filename="../../media/pptx_text.py" line="17"/>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/rtf_text.py" line="117"/>
        <source>{name} is not an RTF document: it does not start as one.</source>
        <translation>{name} 不是 RTF 文档：它的开头不是 RTF 格式。</translation>
    </message>
    <message>
        <location filename="../../media/rtf_text.py" line="211"/>
        <source>{name} nests its groups more than {limit:,} deep: it is damaged or not a real document.</source>
        <translation>{name} 的组嵌套超过 {limit:,} 层：文件已损坏，或不是真正的文档。</translation>
    </message>
    <message>
        <location filename="../../media/scan_pages.py" line="43"/>
        <source>{name} has {count:,} pages; Desktop VLM opens scans of at most {limit:,}.</source>
        <translation>{name} 有 {count:,} 页；Desktop VLM 最多打开 {limit:,} 页的扫描件。</translation>
    </message>
    <message>
        <location filename="../../media/scan_pages.py" line="49"/>
        <source>Split it into smaller files.</source>
        <translation>请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="63"/>
        <source>{name} is damaged or is not an SVG drawing.</source>
        <translation>{name} 已损坏，或者不是 SVG 图形。</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="76"/>
        <source>{name} is {size_mb:.0f} MB; Desktop VLM reads SVG drawings of at most {limit_mb:.0f} MB.</source>
        <translation>{name} 大小为 {size_mb:.0f} MB；Desktop VLM 最多读取 {limit_mb:.0f} MB 的 SVG 图形。</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="99"/>
        <source>{name} has nothing Desktop VLM can draw.</source>
        <translation>{name} 中没有 Desktop VLM 能绘制的内容。</translation>
    </message>
    <message>
        <location filename="../../media/svg_render.py" line="103"/>
        <source>{name} could not be drawn; it may be damaged.</source>
        <translation>无法绘制 {name}；文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="83"/>
        <source>{name} holds binary data, not text.</source>
        <translation>{name} 包含的是二进制数据，而不是文本。</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="109"/>
        <source>{name} is not text in an encoding Desktop VLM recognises.</source>
        <translation>{name} 的文本编码 Desktop VLM 无法识别。</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="210"/>
        <source>{name} has no text in it.</source>
        <translation>{name} 中没有任何文本。</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="84"/>
        <source>Attach text files, pictures, PDFs or videos.</source>
        <translation>请附加文本文件、图片、PDF 或视频。</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="110"/>
        <source>Save it as UTF-8.</source>
        <translation>请将其另存为 UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="../../media/text_files.py" line="75"/>
        <source>{name} starts as {encoding} text but is damaged further on.</source>
        <translation>{name} 开头是 {encoding} 文本，但后面的内容已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="137"/>
        <source>Type the password the archive asks for when it is unpacked.</source>
        <translation>请输入解压该压缩包时要求的密码。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="128"/>
        <source>{name} could not be opened with its password; it may be damaged.</source>
        <translation>无法用密码打开 {name}；文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="56"/>
        <source>{name} is not a file that opens with a password.</source>
        <translation>{name} 不是需要密码打开的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="120"/>
        <source>Type the password the document asks for when it is opened.</source>
        <translation>请输入打开该文档时要求的密码。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="145"/>
        <source>{name} holds {size_mb:,.0f} MB under its password; Desktop VLM opens up to {limit_mb} MB of a protected archive.</source>
        <translation>{name} 中有 {size_mb:,.0f} MB 受密码保护；Desktop VLM 最多打开受保护压缩包中的 {limit_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="152"/>
        <source>Unpack it with its password, and attach the files you want to ask about.</source>
        <translation>请用密码解压它，再附加你想询问的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="163"/>
        <source>{name} is protected with AES encryption, which Desktop VLM cannot open.</source>
        <translation>{name} 使用 AES 加密保护，Desktop VLM 无法打开。</translation>
    </message>
    <message>
        <location filename="../../media/unlocking.py" line="166"/>
        <source>Unpack it with 7-Zip or your system&apos;s archive tool, and attach its files.</source>
        <translation>请用 7-Zip 或系统的压缩工具解压，再附加其中的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="13"/>
        <source>an archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="13"/>
        <source>Unpack it and attach the files inside.</source>
        <translation>请解压后附加其中的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="17"/>
        <source>an Apple Pages document</source>
        <translation>Apple Pages 文档</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="18"/>
        <source>In Pages, choose File → Export To → PDF or Word, and attach that.</source>
        <translation>请在 Pages 中选择“文件 → 导出为 → PDF”或“Word”（英文界面：File → Export To），然后附加导出的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="21"/>
        <source>an Apple Numbers spreadsheet</source>
        <translation>Apple Numbers 电子表格</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="22"/>
        <source>In Numbers, choose File → Export To → Excel or CSV, and attach that.</source>
        <translation>请在 Numbers 中选择“文件 → 导出为 → Excel”或“CSV”（英文界面：File → Export To），然后附加导出的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="25"/>
        <source>an Apple Keynote presentation</source>
        <translation>Apple Keynote 演示文稿</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="26"/>
        <source>In Keynote, choose File → Export To → PDF, and attach that.</source>
        <translation>请在 Keynote 中选择“文件 → 导出为 → PDF”（英文界面：File → Export To → PDF），然后附加导出的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="29"/>
        <source>a comic book in a RAR archive</source>
        <translation>RAR 压缩包中的漫画</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="30"/>
        <source>Convert it to CBZ (Calibre and most comic readers can), and attach that.</source>
        <translation>请将它转换为 CBZ（Calibre 和大多数漫画阅读器都可以），然后附加该文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="34"/>
        <source>a compressed file</source>
        <translation>压缩文件</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="34"/>
        <source>Unpack it and attach the file inside.</source>
        <translation>请解压后附加其中的文件。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="53"/>
        <source>{name} is {what}, which Desktop VLM cannot read.</source>
        <translation>{name} 是{what}，Desktop VLM 无法读取。</translation>
    </message>
    <message>
        <location filename="../../media/unreadable.py" line="49"/>
        <source>{name} is not a file type Desktop VLM can read.</source>
        <translation>{name} 不是 Desktop VLM 能读取的文件类型。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="35"/>
        <source>Its header may not tell its real frame size.</source>
        <translation>其文件头标示的帧尺寸可能与实际不符。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="108"/>
        <source>{name} has no video track.</source>
        <translation>{name} 没有视频轨道。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="175"/>
        <source>Ask for at least one frame.</source>
        <translation>视频帧数至少为 1。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="178"/>
        <source>Ask for at most {limit} frames of a video (asked for {count:,}).</source>
        <translation>每个视频最多取 {limit} 帧（请求的是 {count:,} 帧）。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="213"/>
        <source>No frame of {name} could be decoded.</source>
        <translation>{name} 没有任何一帧能够解码。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="263"/>
        <source>{name} has a frame of {width}×{height} pixels, more than the {limit_width}×{limit_height} limit.</source>
        <translation>{name} 有一帧为 {width}×{height} 像素，超过了 {limit_width}×{limit_height} 的上限。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="100"/>
        <source>{name} is not a video Desktop VLM can read ({reason}).</source>
        <translation>{name} 不是 Desktop VLM 能读取的视频（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="128"/>
        <source>{name} uses a video codec Desktop VLM cannot decode.</source>
        <translation>{name} 使用了 Desktop VLM 无法解码的视频编码。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="132"/>
        <source>{name} has an unsupported frame size ({width}×{height}).</source>
        <translation>{name} 的帧尺寸不受支持（{width}×{height}）。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="149"/>
        <source>{name} contains no video frames.</source>
        <translation>{name} 不含任何视频帧。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="153"/>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="198"/>
        <source>{name} has a frame larger than {limit_width}×{limit_height} pixels, or damaged frames.</source>
        <translation>{name} 中有大于 {limit_width}×{limit_height} 像素的帧，或有损坏的帧。</translation>
    </message>
    <message>
        <location filename="../../media/video.py" line="208"/>
        <source>{name} is damaged and cannot be decoded ({reason}).</source>
        <translation>{name} 已损坏，无法解码（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../media/webarchive_text.py" line="25"/>
        <source>a web archive</source>
        <translation>网页归档</translation>
    </message>
    <message>
        <location filename="../../media/webarchive_text.py" line="61"/>
        <source>{name} saved a {kind} file, not a web page.</source>
        <translation>{name} 保存的是 {kind} 文件，而不是网页。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="161"/>
        <source>{name} is not a Word document: its WordDocument part has no Word header.</source>
        <translation>{name} 不是 Word 文档：其 WordDocument 部分没有 Word 文件头。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="165"/>
        <source>{name} was saved by Word 6 or Word 95, which Desktop VLM cannot read.</source>
        <translation>{name} 是由 Word 6 或 Word 95 保存的，Desktop VLM 无法读取。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="187"/>
        <source>{name} is damaged: its Word header is cut short.</source>
        <translation>{name} 已损坏：其 Word 文件头被截断。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="193"/>
        <source>{name} is damaged: a table points past the end of its part.</source>
        <translation>{name} 已损坏：有一个表指向了其所在部分的末尾之外。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="206"/>
        <source>{name} is damaged: its piece table is missing.</source>
        <translation>{name} 已损坏：缺少片段表（piece table）。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="211"/>
        <source>{name} is damaged: its piece table is empty.</source>
        <translation>{name} 已损坏：片段表（piece table）为空。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="246"/>
        <source>{name} is damaged: its paragraph table is cut short.</source>
        <translation>{name} 已损坏：段落表被截断。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="166"/>
        <source>Save it as .docx or PDF in Word or LibreOffice, and attach that.</source>
        <translation>请在 Word 或 LibreOffice 中将其另存为 .docx 或 PDF，然后附加该文件。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="219"/>
        <source>{name} is damaged: its pieces are out of order.</source>
        <translation>{name} 已损坏：其文本片段的顺序错乱。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="233"/>
        <source>{name} is damaged: its text points past the end of the file.</source>
        <translation>{name} 已损坏：其文本指向了文件末尾之外。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="253"/>
        <source>{name} is damaged: a page of paragraph properties is missing.</source>
        <translation>{name} 已损坏：缺少一页段落属性。</translation>
    </message>
    <message>
        <location filename="../../media/word97_text.py" line="256"/>
        <source>{name} is damaged: a page of paragraph properties is too full.</source>
        <translation>{name} 已损坏：有一页段落属性超出了容量。</translation>
    </message>
    <message>
        <location filename="../../media/xls_text.py" line="78"/>
        <source>{name} is not an Excel workbook: it has no sheets.</source>
        <translation>{name} 不是 Excel 工作簿：其中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../media/xls_text.py" line="58"/>
        <source>{name} is damaged: its workbook cannot be read.</source>
        <translation>{name} 已损坏：无法读取其工作簿。</translation>
    </message>
    <message>
        <location filename="../../media/xls_text.py" line="74"/>
        <source>{name} is damaged: a sheet of its workbook cannot be read.</source>
        <translation>{name} 已损坏：无法读取其工作簿中的一个工作表。</translation>
    </message>
    <message>
        <location filename="../../media/xlsx_text.py" line="24"/>
        <source>an Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../media/xlsx_text.py" line="200"/>
        <source>{name} is damaged: a cell refers to text the workbook does not have.</source>
        <translation>{name} 已损坏：有单元格引用了工作簿中不存在的文本。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="37"/>
        <source>Remote URL must start with http:// or https:// (got {url!r}).</source>
        <translation>远程服务 URL 必须以 http:// 或 https:// 开头（收到的是 {url!r}）。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="156"/>
        <source>The model server at {url} answered HTTP {status}: {reason}</source>
        <translation>{url} 上的模型服务器返回了 HTTP {status}：{reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="42"/>
        <source>Remote URL has an invalid port (got {url!r}).</source>
        <translation>远程服务 URL 的端口无效（收到的是 {url!r}）。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="129"/>
        <source>The model server at {url} refused the API key (HTTP {status}).</source>
        <translation>{url} 上的模型服务器拒绝了 API 密钥（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="134"/>
        <source>The model server at {url} refused the request: {reason}</source>
        <translation>{url} 上的模型服务器拒绝了请求：{reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="138"/>
        <source>The model server at {url} is busy or not ready (HTTP {status}): {reason}</source>
        <translation>{url} 上的模型服务器正忙或尚未就绪（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="148"/>
        <source>The model server at {url} has no chat-completions endpoint or no model {model!r}: {reason}</source>
        <translation>{url} 上的模型服务器没有 chat-completions 接口，或没有模型 {model!r}：{reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="106"/>
        <source>Cannot reach the model server at {url} ({reason}).</source>
        <translation>无法连接到 {url} 上的模型服务器（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="130"/>
        <source>Check the key variable, or the server&apos;s key setting.</source>
        <translation>请检查存放密钥的环境变量，或服务器的密钥设置。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="144"/>
        <source>Try again shortly.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="171"/>
        <source>The server at {url} did not answer /v1/models in the OpenAI format.</source>
        <translation>{url} 上的服务器没有以 OpenAI 格式回应 /v1/models。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="175"/>
        <source>Lost the connection to {url} ({reason}).</source>
        <translation>与 {url} 的连接已断开（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="253"/>
        <source>The server at {url} closed the stream before the answer ended.</source>
        <translation>{url} 上的服务器在回答结束前关闭了数据流。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="107"/>
        <source>Is it running, and is the address right?</source>
        <translation>请确认它正在运行，并且地址正确。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="229"/>
        <source>The model server failed mid-answer: {reason}</source>
        <translation>模型服务器在回答中途出错：{reason}</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="237"/>
        <source>The server at {url} sent a response that is not OpenAI-compatible.</source>
        <translation>{url} 上的服务器发送的响应与 OpenAI 不兼容。</translation>
    </message>
    <message>
        <location filename="../../remote/client.py" line="242"/>
        <source>Lost the connection to {url} mid-answer ({reason}).</source>
        <translation>回答中途与 {url} 的连接断开了（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="35"/>
        <source>Unknown fake: option(s) {options}; use delay, answer, fail.</source>
        <translation>未知的 fake: 选项：{options}；可用的选项为 delay、answer、fail。</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="49"/>
        <source>Scripted failure.</source>
        <translation>预设的失败。</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="97"/>
        <source>Environment variable {variable} is not set or empty; it should hold the API key.</source>
        <translation>环境变量 {variable} 未设置或为空；它应当存放 API 密钥。</translation>
    </message>
    <message>
        <location filename="../../remote/factory.py" line="45"/>
        <source>fake: delay must be a number of seconds (got {delay!r}).</source>
        <translation>fake: delay 必须是秒数（收到的是 {delay!r}）。</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="71"/>
        <source>More images were given than the conversation has &lt;image&gt; placeholders.</source>
        <translation>提供的图片多于对话中的 &lt;image&gt; 占位符。</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="79"/>
        <source>Beam search is not available with a remote model.</source>
        <translation>远程模型不支持束搜索（beam search）。</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="44"/>
        <source>The conversation has more &lt;image&gt; placeholders than images.</source>
        <translation>对话中的 &lt;image&gt; 占位符多于图片。</translation>
    </message>
    <message>
        <location filename="../../remote/wire.py" line="47"/>
        <source>Combined images cannot be sent to a remote server; send them separately.</source>
        <translation>合并的图片无法发送到远程服务器；请分别发送。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="147"/>
        <source>Download the model again, or get it with the model manager.</source>
        <translation>请重新下载模型，或在“管理模型”中获取它。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="143"/>
        <source>Its download did not finish (partial files are still there): run the same download again to finish it, or download the model with the model manager.</source>
        <translation>它的下载没有完成（部分文件仍在）：再次运行同样的下载即可完成，或在“管理模型”中下载该模型。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="162"/>
        <source>{path} is a file, not a model folder.</source>
        <translation>{path} 是一个文件，不是模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="183"/>
        <source>No model.safetensors or {index} in {folder}.</source>
        <translation>{folder} 中没有 model.safetensors 或 {index}。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="279"/>
        <source>{name} in {folder} is not a valid safetensors file ({reason}).</source>
        <translation>{folder} 中的 {name} 不是有效的 safetensors 文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="107"/>
        <source>Model folder not found: {folder}</source>
        <translation>找不到模型文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="153"/>
        <source>{name} is a GGUF file</source>
        <translation>{name} 是 GGUF 文件</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="156"/>
        <source>{name} is one file of a model; a model is the folder that holds its config.json and weights.</source>
        <translation>{name} 只是模型的一个文件；模型是包含其 config.json 和权重的整个文件夹。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="175"/>
        <source>{folder} only has pickle-based weights ({files}). Loading those could run code, so Desktop VLM refuses them.</source>
        <translation>{folder} 中只有基于 pickle 的权重（{files}）。加载这类文件可能会执行代码，因此 Desktop VLM 拒绝加载。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="191"/>
        <source>{index} in {folder} has no weight_map (a JSON object of tensor -&gt; file).</source>
        <translation>{folder} 中的 {index} 没有 weight_map（一个“张量 -&gt; 文件”的 JSON 对象）。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="213"/>
        <source>Weight file(s) missing from {folder}: {files}.</source>
        <translation>{folder} 中缺少权重文件：{files}。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="275"/>
        <source>its header is nested too deeply</source>
        <translation>其文件头嵌套过深</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="290"/>
        <source>its header is not a JSON object</source>
        <translation>其文件头不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="327"/>
        <source>its header describes {described:,} bytes but the file has {size:,} (truncated?)</source>
        <translation>其文件头描述了 {described:,} 字节，但文件实际为 {size:,} 字节（是否被截断了？）</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="479"/>
        <source>Tensor {tensor!r} has an unsupported dtype {dtype!r}.</source>
        <translation>张量 {tensor!r} 的数据类型 {dtype!r} 不受支持。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="91"/>
        <source>{path} is {size:,} bytes, more than a checkpoint&apos;s JSON file can be.</source>
        <translation>{path} 有 {size:,} 字节，超出了检查点 JSON 文件可能的大小。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="95"/>
        <source>{name} is missing from {folder}.</source>
        <translation>{folder} 中缺少 {name}。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="120"/>
        <source>{folder} is a Hugging Face cache, holding {count} model(s); a model is one folder in it.</source>
        <translation>{folder} 是一个 Hugging Face 缓存，其中有 {count} 个模型；模型是其中的一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="160"/>
        <source>Choose the folder {folder} instead.</source>
        <translation>请改为选择文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="181"/>
        <source>Download the model&apos;s .safetensors files instead (most hub repos provide them).</source>
        <translation>请改为下载模型的 .safetensors 文件（大多数 Hub 仓库都提供）。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="200"/>
        <source>{index} in {folder} names {file!r} as the file of {tensor!r}; weight files must be plain {suffix} file names inside the model folder, so nothing was opened.</source>
        <translation>{folder} 中的 {index} 将 {file!r} 指定为 {tensor!r} 所在的文件；权重文件必须是模型文件夹内的普通 {suffix} 文件名，因此没有打开任何文件。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="222"/>
        <source>{file} does not contain {tensor!r} although {index} says it does.</source>
        <translation>{index} 表明 {file} 包含 {tensor!r}，但其中并没有。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="296"/>
        <source>the entry of {tensor!r} is not a JSON object</source>
        <translation>{tensor!r} 的条目不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="299"/>
        <source>{tensor!r} has the unknown dtype {dtype!r}</source>
        <translation>{tensor!r} 的数据类型 {dtype!r} 未知</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="302"/>
        <source>{tensor!r} has the shape {shape!r}, not a list of non-negative integers</source>
        <translation>{tensor!r} 的形状为 {shape!r}，不是非负整数列表</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="307"/>
        <source>{tensor!r} has the byte range {offsets!r}</source>
        <translation>{tensor!r} 的字节范围 {offsets!r} 无效</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="312"/>
        <source>the byte range of {tensor!r} does not match its shape {shape} in {dtype}</source>
        <translation>{tensor!r} 的字节范围与其形状 {shape}（{dtype}）不符</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="323"/>
        <source>its tensors&apos; byte ranges overlap or leave gaps</source>
        <translation>其张量的字节范围相互重叠或留有空隙</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="250"/>
        <source>its header length {length:,} does not fit a {size:,}-byte file</source>
        <translation>其文件头长度 {length:,} 与 {size:,} 字节的文件大小不符</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="389"/>
        <source>Tensor {tensor!r} is missing from {folder}; the checkpoint is incomplete or of another variant.</source>
        <translation>{folder} 中缺少张量 {tensor!r}；检查点不完整，或属于另一个变体。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="418"/>
        <source>{file} is truncated (tensor {tensor!r} runs past the end of the file).</source>
        <translation>{file} 被截断了（张量 {tensor!r} 超出了文件末尾）。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint.py" line="461"/>
        <source>{file} is not a valid safetensors file ({reason}).</source>
        <translation>{file} 不是有效的 safetensors 文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint_facts.py" line="104"/>
        <source>The tokenizer lacks {tokens}, which the prompt format needs.</source>
        <translation>分词器缺少提示格式所需的 {tokens}。</translation>
    </message>
    <message>
        <location filename="../../runtime/checkpoint_facts.py" line="107"/>
        <source>The tokenizer has {tokens:,} tokens but the model only {rows:,} embedding rows: these files do not belong together.</source>
        <translation>分词器有 {tokens:,} 个 token，但模型只有 {rows:,} 行嵌入：这些文件不属于同一个模型。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_checks.py" line="76"/>
        <source>config.json describes a model of {implied:,} parameters, but its weight files hold {stored:,}; the config does not belong to these weights (or was edited).</source>
        <translation>config.json 描述的模型有 {implied:,} 个参数，但其权重文件中有 {stored:,} 个；该配置不属于这些权重（或已被修改）。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_checks.py" line="60"/>
        <source>Tensor {tensor!r} in {file} is stored as {dtype}; the {family} weights are floating point (BF16, F16 or F32), so the file is damaged or is not these weights.</source>
        <translation>{file} 中的张量 {tensor!r} 以 {dtype} 存储；{family} 的权重是浮点数（BF16、F16 或 F32），因此该文件已损坏，或不是这些权重。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_checks.py" line="82"/>
        <source>Download the model again, or restore its original config.json.</source>
        <translation>请重新下载模型，或恢复其原始的 config.json。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_defaults.py" line="40"/>
        <source>Unsupported language model architecture {architecture!r}.</source>
        <translation>不支持的语言模型架构 {architecture!r}。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_defaults.py" line="42"/>
        <source>none given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="48"/>
        <source>config.json: {detail}.</source>
        <translation>config.json：{detail}。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="102"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="103"/>
        <source>true, false or null</source>
        <translation>true、false 或 null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="104"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="105"/>
        <source>a whole number or null</source>
        <translation>整数或 null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="106"/>
        <source>a decimal number such as 1e-06</source>
        <translation>小数，例如 1e-06</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="107"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="110"/>
        <source>a token id, a list of token ids or null</source>
        <translation>一个 token id、一组 token id 或 null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="112"/>
        <source>a JSON object or null</source>
        <translation>JSON 对象或 null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="113"/>
        <source>a string or null</source>
        <translation>字符串或 null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="49"/>
        <source>The file is damaged or was edited; restore the original.</source>
        <translation>该文件已损坏或被修改过；请恢复原始文件。</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="59"/>
        <source>the {key} section is {type_name}, not a JSON object</source>
        <translation>{key} 部分是 {type_name}，而不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="80"/>
        <source>{field} is {value!r}; it must be a whole number from {least:,} to {most:,}</source>
        <translation>{field} 为 {value!r}；它必须是 {least:,} 到 {most:,} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="155"/>
        <source>{field} is {value!r}; known activations are {activations}</source>
        <translation>{field} 为 {value!r}；已知的激活函数有 {activations}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="167"/>
        <source>{field} is {value!r}; it must be a positive number</source>
        <translation>{field} 为 {value!r}；它必须是正数</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="177"/>
        <source>{section}num_attention_heads {heads} / num_key_value_heads {kv_heads} do not divide {width}</source>
        <translation>{section}num_attention_heads {heads} / num_key_value_heads {kv_heads} 不能整除 {width}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="214"/>
        <source>{field} must list one of {types} per layer</source>
        <translation>{field} 必须为每一层列出 {types} 之一</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="222"/>
        <source>{field} is {value!r}; it must be a token id below vocab_size {vocab:,}, or null</source>
        <translation>{field} 为 {value!r}；它必须是小于 vocab_size {vocab:,} 的 token id，或为 null</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="233"/>
        <source>{field} is {value!r}; a {architecture} language model is {model_type!r}</source>
        <translation>{field} 为 {value!r}；{architecture} 语言模型应为 {model_type!r}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="272"/>
        <source>downsample_ratio is {ratio!r}; it must be 1/n, n dividing the {grid}-patch grid</source>
        <translation>downsample_ratio 为 {ratio!r}；它必须是 1/n，且 n 能整除每边 {grid} 个 patch 的网格</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="57"/>
        <source>the {key} section is missing</source>
        <translation>缺少 {key} 部分</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="76"/>
        <source>{field} is missing</source>
        <translation>缺少 {field}</translation>
    </message>
    <message>
        <location filename="../../runtime/config_fields.py" line="145"/>
        <source>{field} is {value!r}; it must be {wanted}</source>
        <translation>{field} 为 {value!r}；它必须是{wanted}</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="139"/>
        <source>Close other programs, pick a smaller precision, or use another device.</source>
        <translation>请关闭其他程序、选择更低的精度，或换用其他设备。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="144"/>
        <source>With {bits} weights it needs about {need_gib:.1f} GiB and fits: --quantize {mode}, or Weights: {bits} in the window&apos;s model manager.</source>
        <translation>使用 {bits}权重时约需 {need_gib:.1f} GiB，可以放下：使用 --quantize {mode}，或在窗口的“管理模型”中将“权重”设为 {bits}。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="152"/>
        <source>The model needs about {need_gib:.1f} GiB on {device} but only {free_gib:.1f} GiB is free.</source>
        <translation>模型在 {device} 上约需 {need_gib:.1f} GiB，但只有 {free_gib:.1f} GiB 可用。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="37"/>
        <source>CUDA was requested but no CUDA GPU is available to torch.</source>
        <translation>请求使用 CUDA，但 torch 找不到可用的 CUDA GPU。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="41"/>
        <source>Apple MPS was requested but is not available.</source>
        <translation>请求使用 Apple MPS，但它不可用。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="44"/>
        <source>Unknown device {device!r}; use cpu, cuda or mps.</source>
        <translation>未知设备 {device!r}；请使用 cpu、cuda 或 mps。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="114"/>
        <source>float16 is not supported on CPU; use float32 or bfloat16.</source>
        <translation>CPU 不支持 float16；请使用 float32 或 bfloat16。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="37"/>
        <source>Use --device cpu.</source>
        <translation>请使用 --device cpu。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="111"/>
        <source>Unknown precision {precision!r}; use {choices}.</source>
        <translation>未知精度 {precision!r}；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="143"/>
        <source>8-bit</source>
        <translation>8 位</translation>
    </message>
    <message>
        <location filename="../../runtime/device.py" line="143"/>
        <source>4-bit</source>
        <translation>4 位</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="181"/>
        <source>The GPU ran out of memory for this request; memory was freed.</source>
        <translation>处理此请求时 GPU 显存不足；已释放内存。</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="183"/>
        <source>The computer ran out of memory for this request; memory was freed.</source>
        <translation>处理此请求时电脑内存不足；已释放内存。</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="138"/>
        <source>The conversation is {prompt_tokens} tokens; with {new_tokens} new tokens it exceeds the model&apos;s context of {context_tokens}.</source>
        <translation>对话有 {prompt_tokens} 个 token；加上 {new_tokens} 个新 token，超出了模型 {context_tokens} 个 token 的上下文。</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="185"/>
        <source>Try fewer tiles or frames, a shorter conversation, or a smaller precision.</source>
        <translation>请减少图块或帧、缩短对话，或选择更低的精度。</translation>
    </message>
    <message>
        <location filename="../../runtime/engine.py" line="145"/>
        <source>Start a new chat, use fewer tiles or frames, attach less text, or lower max new tokens.</source>
        <translation>请开始新对话、减少图块或帧、少附加一些文本，或调低“最大新 token 数”。</translation>
    </message>
    <message>
        <location filename="../../runtime/identity.py" line="45"/>
        <source>config.json names the conversation template {template!r}, which neither Desktop VLM ({known}) nor the checkpoint&apos;s conversation.py defines.</source>
        <translation>config.json 指定了对话模板 {template!r}，但 Desktop VLM（{known}）和检查点的 conversation.py 都没有定义它。</translation>
    </message>
    <message>
        <location filename="../../runtime/identity.py" line="66"/>
        <source>The checkpoint&apos;s conversation.py renders template {template!r} in the {style} style; Desktop VLM renders the MPT style that InternVL-family models use.</source>
        <translation>检查点的 conversation.py 以 {style} 风格渲染模板 {template!r}；Desktop VLM 渲染的是 InternVL 系列模型使用的 MPT 风格。</translation>
    </message>
    <message>
        <location filename="../../runtime/identity.py" line="77"/>
        <source>The checkpoint&apos;s conversation.py defines template {template!r} without a readable {fields}, and Desktop VLM has no template of that name to fill them in.</source>
        <translation>检查点的 conversation.py 定义的模板 {template!r} 缺少可读取的 {fields}，而 Desktop VLM 也没有同名的模板可以补上。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/geometry.py" line="26"/>
        <source>This model always uses {count} image tokens per tile; the image-token budget can only be changed for models with an adaptive projector (Ristretto).</source>
        <translation>此模型每个图块固定使用 {count} 个图像 token；只有带自适应投影器的模型（Ristretto）才能更改图像 token 预算。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="56"/>
        <source>InternVL checkpoint without a &apos;template&apos; in config.json.</source>
        <translation>此 InternVL 检查点的 config.json 中没有 &apos;template&apos;。</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/spec.py" line="80"/>
        <source>select_layer is {value!r}; it must be a whole number</source>
        <translation>select_layer 为 {value!r}；它必须是整数</translation>
    </message>
    <message>
        <location filename="../../runtime/internvl/vision.py" line="25"/>
        <source>Unsupported vision norm_type {norm_type!r}.</source>
        <translation>不支持的视觉部分 norm_type {norm_type!r}。</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="202"/>
        <source>{name} produces NaNs in float16; use bfloat16 (GPU) or float32.</source>
        <translation>{name} 在 float16 下会产生 NaN；请使用 bfloat16（GPU）或 float32。</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="214"/>
        <source>Unknown decode mode {mode!r}; use one of {modes}.</source>
        <translation>未知的解码模式 {mode!r}；请使用以下之一：{modes}。</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="218"/>
        <source>The graph decode replays CUDA graphs, so it needs an NVIDIA GPU (this load is on {device}).</source>
        <translation>graph 解码会重放 CUDA graph，因此需要 NVIDIA GPU（此次加载在 {device} 上）。</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="231"/>
        <source>The {family} family decodes on its own cache only (decode=&apos;dynamic&apos;).</source>
        <translation>{family} 系列只能用它自己的缓存解码（decode=&apos;dynamic&apos;）。</translation>
    </message>
    <message>
        <location filename="../../runtime/loader.py" line="222"/>
        <source>Use decode &apos;dynamic&apos; or &apos;static&apos; here.</source>
        <translation>请在这里使用 decode &apos;dynamic&apos; 或 &apos;static&apos;。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/internlm2.py" line="96"/>
        <source>InternLM2 config is inconsistent: hidden {hidden}, heads {heads}, kv heads {kv_heads}.</source>
        <translation>InternLM2 配置不一致：隐藏层宽度 {hidden}，注意力头 {heads} 个，KV 头 {kv_heads} 个。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/internlm2.py" line="184"/>
        <source>InternLM2 checkpoints with linear biases are not supported.</source>
        <translation>不支持带线性层偏置的 InternLM2 检查点。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/model.py" line="35"/>
        <source>Mono-InternVL checkpoints must use select_layer -1.</source>
        <translation>Mono-InternVL 检查点必须使用 select_layer -1。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/model.py" line="38"/>
        <source>Tile size {tile_size} gives an odd patch grid; pixel shuffle needs an even one.</source>
        <translation>图块大小 {tile_size} 得到的 patch 网格边长为奇数；pixel shuffle 需要偶数。</translation>
    </message>
    <message>
        <location filename="../../runtime/mono/spec.py" line="32"/>
        <source>Mono-InternVL checkpoint with a mismatched vision/language pair ({vision!r} + {language!r}).</source>
        <translation>Mono-InternVL 检查点的视觉部分与语言部分不匹配（{vision!r} + {language!r}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="58"/>
        <source>Download the original model instead (the one without AWQ, GPTQ, 4bit or 8bit in its name) and choose 4-bit or 8-bit weights when you load it (&apos;Weights&apos; in the model manager, --quantize int4 on the command line).</source>
        <translation>请改为下载原始模型（名称中不含 AWQ、GPTQ、4bit 或 8bit 的那个），并在加载时选择 4 位或 8 位权重（在“管理模型”中设置“权重”，或在命令行中使用 --quantize int4）。</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="99"/>
        <source>a method it does not name</source>
        <translation>一种未注明的方法</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="100"/>
        <source>{bits}-bit {method}</source>
        <translation>{bits} 位 {method}</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="98"/>
        <source>a {bits}-bit method</source>
        <translation>某种 {bits} 位方法</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="108"/>
        <source>This is a copy of the model quantised with {method} for another engine; Desktop VLM runs a model&apos;s original weights and quantises them itself.</source>
        <translation>这是用 {method} 为其他推理引擎量化过的模型副本；Desktop VLM 运行的是模型的原始权重，并自行量化。</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="122"/>
        <source>a weight packed by a quantisation method</source>
        <translation>经量化方法打包的权重</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="128"/>
        <source>Tensor {tensor!r} in {file} is {description} for another engine; Desktop VLM runs a model&apos;s original weights and quantises them itself.</source>
        <translation>{file} 中的张量 {tensor!r} 是为其他推理引擎准备的{description}；Desktop VLM 运行的是模型的原始权重，并自行量化。</translation>
    </message>
    <message>
        <location filename="../../runtime/prequantised.py" line="124"/>
        <source>stored as {dtype}, 8-bit floating point</source>
        <translation>以 {dtype}（8 位浮点）存储的权重</translation>
    </message>
    <message>
        <location filename="../../runtime/prompt.py" line="71"/>
        <source>The conversation has {placeholders} image placeholder(s) but {images} image(s) were given.</source>
        <translation>对话中有 {placeholders} 个图片占位符，但提供了 {images} 张图片。</translation>
    </message>
    <message>
        <location filename="../../runtime/prompt_plan.py" line="97"/>
        <source>The text contains the reserved token {token}; remove it.</source>
        <translation>文本中含有保留 token {token}；请将其删除。</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="62"/>
        <source>Use bfloat16 on MPS, or --device cpu.</source>
        <translation>请在 MPS 上使用 bfloat16，或使用 --device cpu。</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="59"/>
        <source>Unknown quantisation {mode!r}; use one of {modes}.</source>
        <translation>未知的量化方式 {mode!r}；请使用以下之一：{modes}。</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="63"/>
        <source>Quantised weights run on CPU or a CUDA GPU, not on Apple MPS.</source>
        <translation>量化权重可在 CPU 或 CUDA GPU 上运行，但不能在 Apple MPS 上运行。</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="48"/>
        <source>Quantisation on a GPU needs the torchao package.</source>
        <translation>在 GPU 上量化需要 torchao 包。</translation>
    </message>
    <message>
        <location filename="../../runtime/quantize.py" line="49"/>
        <source>Install it with: pip install &apos;desktop-vlm[quantization]&apos;</source>
        <translation>安装命令：pip install &apos;desktop-vlm[quantization]&apos;</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="71"/>
        <source>The {family} model family is recognised but not supported by this version.</source>
        <translation>已识别出 {family} 模型系列，但此版本不支持。</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="110"/>
        <source>Not a supported model format (architectures: {architectures}; language model {language_model!s}, vision part {vision_part}). Supported language models: {supported}, in the families of {families}.</source>
        <translation>不是受支持的模型格式（architectures：{architectures}；语言模型 {language_model!s}，视觉部分 {vision_part}）。支持的语言模型：{supported}，见于以下模型系列：{families}。</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="78"/>
        <source>config.json does not hold a JSON object.</source>
        <translation>config.json 的内容不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="88"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="94"/>
        <source>Not a supported model format (architectures: {architectures}). Supported language models: {supported}, in the families of {families}.</source>
        <translation>不是受支持的模型格式（architectures：{architectures}）。支持的语言模型：{supported}，见于以下模型系列：{families}。</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="103"/>
        <source>Not a supported model format (architectures: {architectures}; language model {language_model!s}). Supported language models: {supported}, in the families of {families}.</source>
        <translation>不是受支持的模型格式（architectures：{architectures}；语言模型 {language_model!s}）。支持的语言模型：{supported}，见于以下模型系列：{families}。</translation>
    </message>
    <message>
        <location filename="../../runtime/registry.py" line="113"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/model.py" line="48"/>
        <source>Ristretto checkpoints with select_layer other than -1 are not supported.</source>
        <translation>不支持 select_layer 不为 -1 的 Ristretto 检查点。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/model.py" line="77"/>
        <source>Image tokens per tile must be a perfect square between {least} and {most} (e.g. 64, 144, 256, 576); got {count}.</source>
        <translation>每个图块的图像 token 数必须是 {least} 到 {most} 之间的完全平方数（例如 64、144、256、576）；收到的是 {count}。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="30"/>
        <source>Ristretto checkpoint with an unsupported vision tower ({tower!r}).</source>
        <translation>Ristretto 检查点的视觉编码器不受支持（{tower!r}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/ristretto/spec.py" line="37"/>
        <source>Ristretto checkpoint with an unsupported language model ({language_model!r}).</source>
        <translation>Ristretto 检查点的语言模型不受支持（{language_model!r}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/byte_bpe.py" line="135"/>
        <source>{name} in {folder} is not a list of merges (two pieces per line).</source>
        <translation>{folder} 中的 {name} 不是合并规则列表（每行两个片段）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/byte_bpe.py" line="54"/>
        <source>vocab.json in {folder} is not a token → id mapping.</source>
        <translation>{folder} 中的 vocab.json 不是 token → id 的映射。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/byte_bpe.py" line="128"/>
        <source>{name} in {folder} is not readable ({reason}).</source>
        <translation>无法读取 {folder} 中的 {name}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/fast.py" line="33"/>
        <source>tokenizer.json in {folder} is not a valid tokenizer file ({reason}).</source>
        <translation>{folder} 中的 tokenizer.json 不是有效的分词器文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="72"/>
        <source>No tokenizer we can load in {folder}: looked for vocab.json + merges.txt, tokenizer.model and tokenizer.json.</source>
        <translation>{folder} 中没有可加载的分词器：已查找 vocab.json + merges.txt、tokenizer.model 和 tokenizer.json。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="65"/>
        <source>{folder} uses a tokenizer class Desktop VLM does not support ({tokenizer_class}).</source>
        <translation>{folder} 使用了 Desktop VLM 不支持的分词器类（{tokenizer_class}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="107"/>
        <source>The tokenizer has no {token!r} token, which this model&apos;s prompt format needs.</source>
        <translation>分词器中没有 {token!r} token，而此模型的提示格式需要它。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="53"/>
        <source>{folder} has a tokenizer.model but its tokenizer_config.json names no tokenizer class we know ({tokenizer_class}), so the rules to apply are unknown.</source>
        <translation>{folder} 中有 tokenizer.model，但其 tokenizer_config.json 没有指定我们认识的分词器类（{tokenizer_class}），因此不知道该应用哪种规则。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/load.py" line="57"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/sentencepiece_models.py" line="38"/>
        <source>{name} in {folder} is not a SentencePiece model ({reason}).</source>
        <translation>{folder} 中的 {name} 不是 SentencePiece 模型（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="65"/>
        <source>{name} in {folder} does not hold a JSON object.</source>
        <translation>{folder} 中的 {name} 的内容不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="45"/>
        <source>{name} in {folder} is too large to be a tokenizer file.</source>
        <translation>{folder} 中的 {name} 太大，不可能是分词器文件。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="50"/>
        <source>{name} in {folder} is not readable JSON ({reason}).</source>
        <translation>{folder} 中的 {name} 不是可读取的 JSON（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="84"/>
        <source>tokenizer_config.json in {folder} has a malformed added token {token!r}.</source>
        <translation>{folder} 中的 tokenizer_config.json 有一个格式错误的新增 token {token!r}。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="125"/>
        <source>added_tokens.json in {folder} maps {token!r} to {value!r}, not an id.</source>
        <translation>{folder} 中的 added_tokens.json 将 {token!r} 映射为 {value!r}，而不是 id。</translation>
    </message>
    <message>
        <location filename="../../runtime/tokenization/settings.py" line="144"/>
        <source>tokenizer.json in {folder} has a malformed added token.</source>
        <translation>{folder} 中的 tokenizer.json 有一个格式错误的新增 token。</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="174"/>
        <source>The weights in {folder} do not fit the config: missing {missing_count} tensor(s), e.g. {missing_examples}.</source>
        <translation>{folder} 中的权重与配置不符：缺少 {missing_count} 个张量，例如 {missing_examples}。</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="33"/>
        <source>Tensor {tensor} has shape {stored_shape} in the checkpoint but the config implies {config_shape}; config.json and the weights do not match.</source>
        <translation>张量 {tensor} 在检查点中的形状为 {stored_shape}，但按配置应为 {config_shape}；config.json 与权重不匹配。</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="180"/>
        <source>The weights in {folder} do not fit the config: {unexpected_count} unexpected tensor(s), e.g. {unexpected_examples}.</source>
        <translation>{folder} 中的权重与配置不符：有 {unexpected_count} 个多余的张量，例如 {unexpected_examples}。</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="186"/>
        <source>The weights in {folder} do not fit the config: missing {missing_count} tensor(s), e.g. {missing_examples}; {unexpected_count} unexpected tensor(s), e.g. {unexpected_examples}.</source>
        <translation>{folder} 中的权重与配置不符：缺少 {missing_count} 个张量，例如 {missing_examples}；有 {unexpected_count} 个多余的张量，例如 {unexpected_examples}。</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="79"/>
        <source>{name} is truncated (a tensor runs past the end of the file).</source>
        <translation>{name} 被截断了（有张量超出了文件末尾）。</translation>
    </message>
    <message>
        <location filename="../../runtime/weights.py" line="290"/>
        <source>Internal error: buffer {buffer} was not initialised.</source>
        <translation>内部错误：缓冲区 {buffer} 未初始化。</translation>
    </message>
    <message>
        <location filename="../../server/app.py" line="246"/>
        <source>Refusing to listen on {host} without an API key.</source>
        <translation>没有 API 密钥，拒绝在 {host} 上监听。</translation>
    </message>
    <message>
        <location filename="../../server/app.py" line="247"/>
        <source>Set one with --api-key-env VAR (the variable holds the key), or listen on 127.0.0.1.</source>
        <translation>请用 --api-key-env VAR 设置一个（该环境变量存放密钥），或改为在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <location filename="../../server/app.py" line="255"/>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>无法在 {host}:{port} 上监听（{reason}）。</translation>
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
        <location filename="../attachment_chip.py" line="150"/>
        <source> · page %d of %d</source>
        <translation> · 第 %d 页，共 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="151"/>
        <source> · pages %s of %d</source>
        <translation> · 第 %s 页，共 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="161"/>
        <source>%d of %d pages: at most %d at once. Pages… to choose.</source>
        <translation>%d / %d 页：一次最多 %d 页。点“页面…”选择。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="162"/>
        <source>%d of %d pages: more would not fit the model&apos;s context. Pages… to choose.</source>
        <translation>%d / %d 页：再多将超出模型的上下文。点“页面…”选择。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="169"/>
        <source>Pages…</source>
        <translation>页面…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="170"/>
        <source>Choose the pages of %s to send</source>
        <translation>选择 %s 中要发送的页面</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="175"/>
        <source>Send its text</source>
        <translation>发送其文字</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="176"/>
        <source>Send the text of its pages instead of pictures: many more pages fit</source>
        <translation>发送各页的文字而非图片：可容纳多得多的页</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="68"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="73"/>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="78"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="81"/>
        <source>the app&apos;s own data folder</source>
        <translation>应用自己的数据文件夹</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="85"/>
        <source>auto (a GPU when there is one)</source>
        <translation>自动（有 GPU 时用 GPU）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="87"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="91"/>
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="91"/>
        <source>8-bit (int8)</source>
        <translation>8 位（int8）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="91"/>
        <source>4-bit (int4)</source>
        <translation>4 位（int4）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="96"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="97"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="101"/>
        <source>for gated models; kept in the system keyring</source>
        <translation>用于需授权的模型；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="102"/>
        <location filename="../preferences_dialog.py" line="149"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="104"/>
        <source>empty: the system&apos;s proxy variables</source>
        <translation>留空：使用系统的代理变量</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="109"/>
        <source>e.g. Answer in Vietnamese. Quote the numbers you read.</source>
        <translation>例如：用越南语回答。引用你读到的数字。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="114"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="120"/>
        <source>The system prompt every new chat starts with; empty: the model&apos;s own. A chat&apos;s own can still be changed in its settings panel.</source>
        <translation>每个新对话开始时使用的系统提示词；留空：使用模型自带的。每个对话自己的提示词仍可在其设置面板中修改。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="128"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="136"/>
        <source>Used the next time a model is loaded.</source>
        <translation>下次加载模型时生效。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="141"/>
        <source>Gives its memory back after this long without a question; the next question loads it again.</source>
        <translation>在这段时间无人提问后释放其内存；下一个问题会重新加载模型。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="147"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="194"/>
        <source>Choose the model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="205"/>
        <source>The hub endpoint must be an http:// or https:// address, e.g. https://huggingface.co or a mirror.</source>
        <translation>Hub 地址必须是 http:// 或 https:// 开头的地址，例如 https://huggingface.co 或镜像站。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="211"/>
        <source>The proxy must be an address such as http://proxy:3128, or empty.</source>
        <translation>代理必须是类似 http://proxy:3128 的地址，或留空。</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="214"/>
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
        <location filename="../question_editor.py" line="66"/>
        <source>Reworded question</source>
        <translation>改写后的问题</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="66"/>
        <source>Rewritten answer</source>
        <translation>改写后的回答</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="70"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="72"/>
        <source>Send the reworded question</source>
        <translation>发送改写后的问题</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="72"/>
        <source>Save the rewritten answer</source>
        <translation>保存改写后的回答</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="76"/>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="79"/>
        <source>Ctrl+Enter saves · Enter new line · Esc cancels</source>
        <translation>Ctrl+Enter 保存 · Enter 换行 · Esc 取消</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="81"/>
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
        <location filename="../preferences_dialog.py" line="37"/>
        <source>Hub endpoint or mirror URL</source>
        <translation>Hub 地址或镜像 URL</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="38"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="39"/>
        <source>Files downloaded at once</source>
        <translation>同时下载的文件数</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="40"/>
        <source>Bandwidth limit (MB/s, 0 = unlimited)</source>
        <translation>带宽限制（MB/s，0 = 不限）</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="41"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="42"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="43"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="44"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="45"/>
        <source>Unload the model when idle for</source>
        <translation>空闲多久后卸载模型</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="46"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="47"/>
        <source>Instructions for new chats</source>
        <translation>新对话的指示</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="48"/>
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
        <translation>图块预设</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="65"/>
        <source>Maximum tiles per image</source>
        <translation>每张图片的最大图块数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="67"/>
        <source>Image tokens per tile</source>
        <translation>每个图块的图像 token 数</translation>
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
        <translation>最大图块数</translation>
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
        <translation>正在 CPU 上运行：每个图块都要耗费数秒，因此图片默认最多使用 %d 个图块。如果可以等待，请调高“最大图块数”。</translation>
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
        <source>Continue the last answer where it stopped (the length limit, or Stop)</source>
        <translation>从停止处继续写最后一个回答（长度上限或停止）</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="67"/>
        <source>Previous version (of the last message that has versions)</source>
        <translation>上一个版本（最后一条有多个版本的消息）</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="70"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="71"/>
        <source>Copy the last answer</source>
        <translation>复制最后一个回答</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="72"/>
        <source>Go to the question box</source>
        <translation>转到提问框</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="73"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="74"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="76"/>
        <source>Next conversation in the list</source>
        <translation>列表中的下一个对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="81"/>
        <source>Previous conversation in the list</source>
        <translation>列表中的上一个对话</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="84"/>
        <source>Export this conversation…</source>
        <translation>导出此对话…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="85"/>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="86"/>
        <source>Paste a picture or files</source>
        <translation>粘贴图片或文件</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="87"/>
        <source>Screenshot a region…</source>
        <translation>截取屏幕区域…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="88"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="89"/>
        <source>Load a model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="91"/>
        <source>Show or hide the conversation list</source>
        <translation>显示或隐藏对话列表</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="94"/>
        <source>Show or hide the settings panel</source>
        <translation>显示或隐藏设置面板</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="99"/>
        <source>Larger text in the conversation (also Ctrl and the mouse wheel)</source>
        <translation>放大对话中的文字（也可按住 Ctrl 滚动鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="103"/>
        <source>Smaller text in the conversation</source>
        <translation>缩小对话中的文字</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="105"/>
        <source>Normal text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="107"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="108"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../shortcuts.py" line="204"/>
        <location filename="../shortcuts.py" line="212"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="206"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="206"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../shortcuts.py" line="222"/>
        <source>Tab and Shift+Tab move between the parts of the window; Enter or Space presses a focused button or opens a focused picture.</source>
        <translation>Tab 和 Shift+Tab 在窗口各部分之间移动；Enter 或空格键按下当前按钮或打开当前图片。</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../answer_body.py" line="219"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>TextChip</name>
    <message>
        <location filename="../attachment_chip.py" line="185"/>
        <source> · %s lines</source>
        <translation> · %s 行</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="194"/>
        <source>%s of %s lines fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s 行（共 %s 行）可放入模型的上下文：将发送与您的问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="198"/>
        <source>%s of %s characters fit the model&apos;s context: the parts that match your question are sent.</source>
        <translation>%s 个字符（共 %s 个）可放入模型的上下文：将发送与您的问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="201"/>
        <source>The first %s of %s lines: the rest would not fit the model&apos;s context.</source>
        <translation>前 %s 行（共 %s 行）：其余部分超出模型的上下文。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="203"/>
        <source>The first %s of %s characters: the rest would not fit the model&apos;s context.</source>
        <translation>前 %s 个字符（共 %s 个）：其余部分超出模型的上下文。</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="219"/>
        <source>Enter its password…</source>
        <translation>输入密码…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="220"/>
        <source>%d file(s) in it are protected with a password and only named</source>
        <translation>其中 %d 个文件受密码保护，只列出名称</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="224"/>
        <source>Send pages as pictures</source>
        <translation>以图片发送各页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="225"/>
        <source>Send its pages as the model sees them: layout, figures and scans</source>
        <translation>按模型所见发送各页：版式、图表和扫描件</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="230"/>
        <source>about %s tokens of text</source>
        <translation>约 %s 个文本 token</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="237"/>
        <source>1 picture</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="237"/>
        <source>%s pictures</source>
        <translation>%s 张图片</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="238"/>
        <source>%s, %s image tokens</source>
        <translation>%s，%s 个图像 token</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../text_viewer.py" line="44"/>
        <source>%s as the model reads it</source>
        <translation>模型读到的 %s</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="45"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="51"/>
        <source>The text sent to the model</source>
        <translation>发送给模型的文本</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="60"/>
        <source>%s lines · about %s tokens · read as %s</source>
        <translation>%s 行 · 约 %s 个 token · 按 %s 读取</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="75"/>
        <source>Only %s of its %s lines fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>仅 %s 行（共 %s 行）可放入上下文：发送时将选择与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="80"/>
        <source>Only %s of its %s characters fit the context: the parts that match the question are chosen when it is sent.</source>
        <translation>仅 %s 个字符（共 %s 个）可放入上下文：发送时将选择与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="87"/>
        <source>%s of its %s lines are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s 行（共 %s 行）被省略，已在原处标出：已发送与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="91"/>
        <source>%s of its %s characters are left out, where marked: the parts that match the question were sent.</source>
        <translation>%s 个字符（共 %s 个）被省略，已在原处标出：已发送与问题相关的部分。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="94"/>
        <source>The last %s of its %s lines are left out: they would not fit the context.</source>
        <translation>最后 %s 行（共 %s 行）被省略：超出上下文。</translation>
    </message>
    <message>
        <location filename="../text_viewer.py" line="96"/>
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
        <source>Continue the answer</source>
        <translation>继续写回答</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="62"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="64"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="65"/>
        <source>Extract data as</source>
        <translation>提取数据为</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="72"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="73"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="74"/>
        <source>Load model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Use a remote endpoint…</source>
        <translation>使用远程服务…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="76"/>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="82"/>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="88"/>
        <source>Settings panel</source>
        <translation>设置面板</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="95"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="95"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="95"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="104"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="105"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="106"/>
        <source>Normal text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="111"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="113"/>
        <source>Open logs folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="115"/>
        <source>About Desktop VLM</source>
        <translation>关于 Desktop VLM</translation>
    </message>
</context>
<context>
    <name>WindowModels</name>
    <message>
        <location filename="../window_models.py" line="149"/>
        <source>Choose a model folder to import</source>
        <translation>选择要导入的模型文件夹</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="154"/>
        <source>Importing %s…</source>
        <translation>正在导入 %s…</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="164"/>
        <source>Not imported: %s</source>
        <translation>未能导入：%s</translation>
    </message>
    <message>
        <location filename="../window_models.py" line="234"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
</context>
<context>
    <name>_Decoder</name>
    <message>
        <location filename="../attachment_viewer.py" line="114"/>
        <source>%s could not be read (%s).</source>
        <translation>无法读取 %s（%s）。</translation>
    </message>
</context>
<context>
    <name>_Loader</name>
    <message>
        <location filename="../composer.py" line="178"/>
        <source>%s could not be opened (%s: %s).</source>
        <translation>无法打开 %s（%s: %s）。</translation>
    </message>
</context>
<context>
    <name>_TextDecoder</name>
    <message>
        <location filename="../text_viewer.py" line="31"/>
        <source>%s could not be read (%s).</source>
        <translation>无法读取 %s（%s）。</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../app/inference_service.py" line="121"/>
        <source>Loading failed unexpectedly: %s: %s</source>
        <translation>加载意外失败：%s: %s</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="164"/>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location filename="../../app/inference_service.py" line="164"/>
        <source>Choose a model in Models → Manage models.</source>
        <translation>请在“模型 → 管理模型”中选择一个模型。</translation>
    </message>
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
    <message>
        <location filename="../../app/inference_service.py" line="221"/>
        <source>Generation failed unexpectedly: %s: %s</source>
        <translation>生成意外失败：%s: %s</translation>
    </message>
</context>
</TS>
