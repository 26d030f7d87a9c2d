<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="44"/>
        <source>Preview of %s with its tile grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="47"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="70"/>
        <source>Pages…</source>
        <translation>页面…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="71"/>
        <source>Choose the pages of %s to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="80"/>
        <source>Pages to send</source>
        <translation>要发送的页面</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="81"/>
        <source>Pages of %d (e.g. 1-3, 5; at most 8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="32"/>
        <source>stopped — partial answer</source>
        <translation>已停止——部分回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="33"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="172"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="187"/>
        <source>Drop a screenshot, photo, PDF or video, and ask about it.</source>
        <translation>拖入截图、照片、PDF 或视频，然后提问。</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="249"/>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="250"/>
        <source>The answers after it will be replaced.</source>
        <translation>之后的回答将被替换。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="109"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>询问图片、文档或视频…（可拖放或粘贴文件）</translation>
    </message>
    <message>
        <location filename="../composer.py" line="110"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="115"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="116"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../composer.py" line="117"/>
        <location filename="../composer.py" line="206"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../composer.py" line="119"/>
        <location filename="../composer.py" line="207"/>
        <source>Send question</source>
        <translation>发送问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="200"/>
        <source>%s image tokens in this message</source>
        <translation>本条消息包含 %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../composer.py" line="206"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../composer.py" line="207"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location filename="../conversation_list.py" line="28"/>
        <location filename="../conversation_list.py" line="29"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="32"/>
        <location filename="../conversation_list.py" line="33"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="39"/>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="86"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="87"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="87"/>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="88"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../conversation_list.py" line="90"/>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>关闭消息</translation>
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
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="19"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="29"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="30"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>删除此对话及其附件？</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="39"/>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="48"/>
        <source>Export all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="48"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="52"/>
        <source>Export all conversations to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="55"/>
        <source>%d conversation(s) exported to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="59"/>
        <source>Import conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="64"/>
        <source>This file is not a conversation export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="41"/>
        <source>Desktop VLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="88"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Screenshot a region…</source>
        <translation>截取屏幕区域…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Export all conversations…</source>
        <translation>导出所有对话…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Import conversation (JSON)…</source>
        <translation>导入对话（JSON）…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>Extract data as</source>
        <translation>提取数据为</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>Export extracted data…</source>
        <translation>导出提取的数据…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Load model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Use a remote endpoint…</source>
        <translation>使用远程服务…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Settings panel</source>
        <translation>设置面板</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>Choose a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Images, videos, PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="107"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="107"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="115"/>
        <source>Attachment %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="126"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="132"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="133"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="137"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="138"/>
        <source>Edit question and resend</source>
        <translation>编辑问题并重新发送</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="142"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="143"/>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../model_dialog.py" line="40"/>
        <location filename="../model_dialog.py" line="51"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="43"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="43"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="43"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="44"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="53"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="58"/>
        <location filename="../model_dialog.py" line="97"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <location filename="../model_dialog.py" line="99"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="63"/>
        <source>16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="63"/>
        <source>8-bit (int8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="63"/>
        <source>4-bit (int4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="65"/>
        <source>Language-model weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="66"/>
        <source>Weight-only quantisation of the language model: less memory, slightly different answers. On the CPU, 8-bit answers about 3× slower than 16-bit (it only saves memory there). Needs the &apos;quantization&apos; extra.</source>
        <translation>仅量化语言模型的权重：占用更少内存，回答会略有不同。在 CPU 上，8 位的回答速度约为 16 位的三分之一（在 CPU 上它只用于节省内存）。需要安装 &apos;quantization&apos; 附加组件。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="77"/>
        <source>Download / resume</source>
        <translation>下载 / 继续</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="77"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="78"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="78"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="79"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="79"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="88"/>
        <source>for gated models; stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="89"/>
        <source>Save hub settings</source>
        <translation>保存模型库设置</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="92"/>
        <source>Hub endpoint / mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="93"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="94"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="101"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="115"/>
        <source>%s is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="117"/>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="136"/>
        <source>Memory (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="143"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="144"/>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="144"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="184"/>
        <source>%s: every file verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="190"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="190"/>
        <source>Delete %s from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="194"/>
        <source>Choose a model folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="196"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="196"/>
        <source>Copy the folder into the model store? (No: use it where it is.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="207"/>
        <source>Download or import the model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="215"/>
        <source>Hub settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../status_view.py" line="28"/>
        <location filename="../status_view.py" line="67"/>
        <location filename="../status_view.py" line="71"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="32"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../status_view.py" line="47"/>
        <source>Loading %s…</source>
        <translation>正在加载 %s…</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="57"/>
        <source>Loading: %s…</source>
        <translation>正在加载：%s…</translation>
    </message>
</context>
<context>
    <name>PromptEstimate</name>
    <message>
        <location filename="../prompt_estimate.py" line="40"/>
        <source>⚠ about %s tokens with the answer: more than the model&apos;s context of %s. Use fewer tiles or frames; otherwise the oldest turns are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="43"/>
        <source>%s image tokens</source>
        <translation>%s 个图像 token</translation>
    </message>
    <message>
        <location filename="../prompt_estimate.py" line="44"/>
        <source>prompt ≈ %s of %s tokens</source>
        <translation>提示 ≈ %s / %s token</translation>
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
        <translation>API 密钥</translation>
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
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../settings_panel.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="39"/>
        <source>Model&apos;s default system prompt</source>
        <translation>模型默认系统提示词</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="40"/>
        <location filename="../settings_panel.py" line="43"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="47"/>
        <source>What the model sees</source>
        <translation>模型看到的内容</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="50"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="50"/>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="50"/>
        <source>Document</source>
        <translation>文档</translation>
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
        <translation>视频帧数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="65"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="66"/>
        <source>Max tiles</source>
        <translation>最大切片数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="67"/>
        <source>Image tokens</source>
        <translation>图像 token</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="72"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="74"/>
        <source>Deterministic (greedy)</source>
        <translation>确定性（贪心）</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="75"/>
        <location filename="../settings_panel.py" line="83"/>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="81"/>
        <source>Maximum new tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="86"/>
        <source>Max new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="156"/>
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
        <location filename="../main.py" line="26"/>
        <source>The history database was damaged; it was moved aside and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
