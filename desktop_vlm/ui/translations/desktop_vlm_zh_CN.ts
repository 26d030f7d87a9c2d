<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../attachment_chip.py" line="55"/>
        <source>Preview of %s with its tile grid</source>
        <translation>%s 的预览及其切片网格</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="58"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="80"/>
        <source>Pages…</source>
        <translation>页面…</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="81"/>
        <source>Choose the pages of %s to send</source>
        <translation>选择 %s 中要发送的页面</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="89"/>
        <source> · %d frames</source>
        <translation> · %d 帧</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="94"/>
        <source> · page %d of %d</source>
        <translation> · 第 %d 页，共 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="95"/>
        <source> · pages %s of %d</source>
        <translation> · 第 %s 页，共 %d 页</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="102"/>
        <source>Pages to send</source>
        <translation>要发送的页面</translation>
    </message>
    <message>
        <location filename="../attachment_chip.py" line="103"/>
        <source>Pages of %d (e.g. 1-3, 5; at most 8)</source>
        <translation>页码（共 %d 页，例如 1-3, 5；最多 8 页）</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../chat_view.py" line="34"/>
        <source>cut off — Desktop VLM closed before the answer finished</source>
        <translation>已中断 — 回答完成前 Desktop VLM 已关闭</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="35"/>
        <source>stopped — partial answer</source>
        <translation>已停止——部分回答</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="36"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="199"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="215"/>
        <source>Drop a screenshot, photo, PDF or video, and ask about it.</source>
        <translation>拖入截图、照片、PDF 或视频，然后提问。</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="283"/>
        <source>Edit question</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="284"/>
        <source>The answers after it will be replaced.</source>
        <translation>之后的回答将被替换。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../composer.py" line="123"/>
        <source>Ask about an image, a document or a video… (drop or paste files here)</source>
        <translation>询问图片、文档或视频…（可拖放或粘贴文件）</translation>
    </message>
    <message>
        <location filename="../composer.py" line="124"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="129"/>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <location filename="../composer.py" line="130"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../composer.py" line="131"/>
        <location filename="../composer.py" line="260"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../composer.py" line="133"/>
        <location filename="../composer.py" line="261"/>
        <source>Send question</source>
        <translation>发送问题</translation>
    </message>
    <message>
        <location filename="../composer.py" line="244"/>
        <source>%s image tokens in this message</source>
        <translation>本条消息包含 %s 个图像 token</translation>
    </message>
    <message>
        <location filename="../composer.py" line="260"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../composer.py" line="261"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../composer.py" line="274"/>
        <source>Preparing %d attachment(s)… the question is sent when they are ready.</source>
        <translation>正在准备 %d 个附件… 准备好后将发送问题。</translation>
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
        <translation>消息</translation>
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
        <translation>文件 → 导出提取的数据… 可将其保存为 CSV 或 JSON。</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="42"/>
        <source>%s: no usable JSON in the answer.</source>
        <translation>%s：回答中没有可用的 JSON。</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="44"/>
        <source>%s extracted, with issues: %s</source>
        <translation>已提取 %s，但存在问题：%s</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="47"/>
        <source>%s extracted and checked.</source>
        <translation>已提取并校验 %s。</translation>
    </message>
    <message>
        <location filename="../extraction.py" line="54"/>
        <source>Export extracted data</source>
        <translation>导出提取的数据</translation>
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
        <location filename="../history_actions.py" line="30"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="31"/>
        <source>Delete this conversation and its attachments?</source>
        <translation>删除此对话及其附件？</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="43"/>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="52"/>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="52"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="56"/>
        <source>Export all conversations to</source>
        <translation>将所有对话导出到</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="63"/>
        <source>Could not export to %s: %s.</source>
        <translation>无法导出到 %s：%s。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="64"/>
        <source>Choose another folder, or free some space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="67"/>
        <source>%d conversation(s) exported to %s</source>
        <translation>已将 %d 个对话导出到 %s</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="71"/>
        <source>Import conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../history_actions.py" line="77"/>
        <source>This file is not a conversation export.</source>
        <translation>此文件不是导出的对话。</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Screenshot a region…</source>
        <translation>截取屏幕区域…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Export all conversations…</source>
        <translation>导出所有对话…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Import conversation (JSON)…</source>
        <translation>导入对话（JSON）…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>Extract data as</source>
        <translation>提取数据为</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Export extracted data…</source>
        <translation>导出提取的数据…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Load model folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Use a remote endpoint…</source>
        <translation>使用远程服务…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Unload model</source>
        <translation>卸载模型</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>Settings panel</source>
        <translation>设置面板</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Download or choose one in Models → Manage models… (Ctrl+M).</source>
        <translation>请在 模型 → 管理模型… (Ctrl+M) 中下载或选择一个模型。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>No model yet: &lt;a href=&quot;models&quot;&gt;download or choose one&lt;/a&gt; (Models → Manage models…, Ctrl+M), then drop a screenshot, photo, PDF or video here and ask about it.</source>
        <translation>还没有模型：&lt;a href=&quot;models&quot;&gt;下载或选择一个&lt;/a&gt;（模型 → 管理模型…，Ctrl+M），然后把截图、照片、PDF 或视频拖到这里并提问。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Drop a screenshot, photo, PDF or video, and ask about it.</source>
        <translation>拖入截图、照片、PDF 或视频，然后提问。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254"/>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332"/>
        <source>Could not save %s: %s.</source>
        <translation>无法保存 %s：%s。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
        <source>Choose another folder, or free some space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
        <source>Images, videos, PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;All files (*)</source>
        <translation>图片、视频、PDF (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../chat_view.py" line="111"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="111"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="156"/>
        <source>Attachment %s</source>
        <translation>附件 %s</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="122"/>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="128"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="129"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="133"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="134"/>
        <source>Edit question and resend</source>
        <translation>编辑问题并重新发送</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="138"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../chat_view.py" line="139"/>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../model_dialog.py" line="58"/>
        <location filename="../model_dialog.py" line="69"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="61"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="62"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="71"/>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="76"/>
        <location filename="../model_dialog.py" line="115"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="79"/>
        <location filename="../model_dialog.py" line="117"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="81"/>
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="81"/>
        <source>8-bit (int8)</source>
        <translation>8 位（int8）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="81"/>
        <source>4-bit (int4)</source>
        <translation>4 位（int4）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="83"/>
        <source>Language-model weights</source>
        <translation>语言模型权重</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="84"/>
        <source>Weight-only quantisation of the language model: less memory, slightly different answers. On the CPU, 8-bit answers about 3× slower than 16-bit (it only saves memory there). Needs the &apos;quantization&apos; extra.</source>
        <translation>仅量化语言模型的权重：占用更少内存，回答会略有不同。在 CPU 上，8 位的回答速度约为 16 位的三分之一（在 CPU 上它只用于节省内存）。需要安装 &apos;quantization&apos; 附加组件。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="95"/>
        <source>Download / resume</source>
        <translation>下载 / 继续</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="95"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="96"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="96"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="97"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="97"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="106"/>
        <source>for gated models; stored in the system keyring</source>
        <translation>用于受限访问的模型；保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="107"/>
        <source>Save hub settings</source>
        <translation>保存模型库设置</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="110"/>
        <source>Hub endpoint / mirror</source>
        <translation>模型库地址 / 镜像</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="111"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="112"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="119"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="133"/>
        <source>%s is installed.</source>
        <translation>%s 已安装。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="135"/>
        <source>%s: %s</source>
        <translation>%s：%s</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="161"/>
        <source>Memory (%s)</source>
        <translation>内存（%s）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="194"/>
        <source>damaged: verify, or download again</source>
        <translation>已损坏：请校验，或重新下载</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="196"/>
        <source>installed, verified</source>
        <translation>已安装，已校验</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="197"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="192"/>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="192"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="232"/>
        <source>%s: every file verified.</source>
        <translation>%s：所有文件均已校验。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="238"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="238"/>
        <source>Delete %s from disk?</source>
        <translation>从磁盘删除 %s？</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="242"/>
        <source>Choose a model folder to import</source>
        <translation>选择要导入的模型文件夹</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="245"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="245"/>
        <source>Copy the folder into the model store? (No: use it where it is.)</source>
        <translation>将该文件夹复制到模型存储目录？（否：直接在原位置使用。）</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="256"/>
        <source>Download or import the model first.</source>
        <translation>请先下载或导入模型。</translation>
    </message>
    <message>
        <location filename="../model_dialog.py" line="264"/>
        <source>Hub settings saved.</source>
        <translation>模型库设置已保存。</translation>
    </message>
</context>
<context>
    <name>ModelStatusView</name>
    <message>
        <location filename="../status_view.py" line="28"/>
        <location filename="../status_view.py" line="69"/>
        <location filename="../status_view.py" line="75"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="32"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="48"/>
        <source>Loading %s…</source>
        <translation>正在加载 %s…</translation>
    </message>
    <message>
        <location filename="../status_view.py" line="58"/>
        <source>Loading: %s…</source>
        <translation>正在加载：%s…</translation>
    </message>
</context>
<context>
    <name>PromptEstimate</name>
    <message>
        <location filename="../prompt_estimate.py" line="40"/>
        <source>⚠ about %s tokens with the answer: more than the model&apos;s context of %s. Use fewer tiles or frames; otherwise the oldest turns are left out.</source>
        <translation>⚠ 连同回答约 %s 个 token，超过模型的上下文长度（%s）。请减少切片数或帧数，否则最早的几轮对话将被略去。</translation>
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
        <translation>选择屏幕区域；按 Escape 取消</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../remote_dialog.py" line="14"/>
        <source>Use a remote endpoint</source>
        <translation>使用远程服务</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="18"/>
        <source>Endpoint URL</source>
        <translation>远程服务 URL</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="21"/>
        <source>Model name on the server</source>
        <translation>服务器上的模型名称</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="24"/>
        <location filename="../remote_dialog.py" line="37"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="25"/>
        <source>kept in the system keyring; leave empty to use the kept one</source>
        <translation>保存在系统密钥环中；留空则使用已保存的密钥</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="26"/>
        <source>Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). Images are sent to that server.</source>
        <translation>任何兼容 OpenAI 接口的视觉服务（LMDeploy、vLLM、desktop-vlm serve）。图片将发送到该服务器。</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="35"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="36"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../remote_dialog.py" line="53"/>
        <source>Name the model the server serves (see its /v1/models).</source>
        <translation>请填写服务器提供的模型名称（见其 /v1/models）。</translation>
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
        <translation>切片预设</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="55"/>
        <source>Maximum tiles per image</source>
        <translation>每张图片的最大切片数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="57"/>
        <source>Image tokens per tile</source>
        <translation>每个切片的图像 token 数</translation>
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
        <translation>Top-p</translation>
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
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="86"/>
        <source>Max new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../settings_panel.py" line="156"/>
        <source>Running on the CPU: every tile costs seconds, so images default to %d tiles. Raise Max tiles if you can wait.</source>
        <translation>正在 CPU 上运行：每个切片都要耗费数秒，因此图片默认最多使用 %d 个切片。如果可以等待，请调高“最大切片数”。</translation>
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
        <translation>历史数据库已损坏；已将其移到别处，并新建了一个数据库。</translation>
    </message>
</context>
</TS>
