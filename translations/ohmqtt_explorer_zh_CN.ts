<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OhMqttExplorer::ConnectionDialog</name>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="33"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="55"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="57"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="59"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="79"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="82"/>
        <location filename="../explorer/connection/connectiondialog.cpp" line="271"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="84"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="124"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="173"/>
        <source>Reading the password…</source>
        <translation>正在读取密码…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="221"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="232"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="246"/>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="247"/>
        <source>Remove &quot;%1&quot; and its saved password?</source>
        <translation>删除“%1”及其已保存的密码？</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="272"/>
        <source>Cannot write the settings file %1.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="285"/>
        <source>Saving the password…</source>
        <translation>正在保存密码…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="322"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/connection/connectiondialog.cpp" line="323"/>
        <source>%n connection(s) have unsaved changes. Close and drop them?</source>
        <translation>
            <numerusform>%n 个连接有未保存的更改。关闭并放弃这些更改？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionProfile</name>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="22"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="24"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="26"/>
        <source>MQTT version</source>
        <translation>MQTT 版本</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="28"/>
        <source>Clean start</source>
        <translation>Clean Start</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="30"/>
        <source>Keep alive</source>
        <translation>心跳间隔</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="32"/>
        <source>Session expiry</source>
        <translation>会话过期间隔</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="34"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="36"/>
        <source>Reconnect delay</source>
        <translation>重连间隔</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="38"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="40"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="42"/>
        <source>Store password in the settings file (not encrypted)</source>
        <translation>将密码保存在设置文件中（未加密）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="45"/>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="47"/>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="49"/>
        <source>Client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="51"/>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="53"/>
        <source>Insecure: skip certificate verification</source>
        <translation>不安全：跳过证书验证</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="56"/>
        <source>Send a last will</source>
        <translation>发送遗嘱消息</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="58"/>
        <source>Will topic</source>
        <translation>遗嘱主题</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="60"/>
        <source>Will payload</source>
        <translation>遗嘱载荷</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="62"/>
        <source>Will QoS</source>
        <translation>遗嘱 QoS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="64"/>
        <source>Will retain</source>
        <translation>遗嘱保留</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="66"/>
        <source>Will delay</source>
        <translation>遗嘱延迟</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="68"/>
        <source>Will message expiry</source>
        <translation>遗嘱消息过期间隔</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="70"/>
        <source>Will payload is UTF-8 text</source>
        <translation>遗嘱载荷为 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="72"/>
        <source>Will content type</source>
        <translation>遗嘱内容类型</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="74"/>
        <source>Will response topic</source>
        <translation>遗嘱响应主题</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="76"/>
        <source>Will correlation data</source>
        <translation>遗嘱对比数据</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="78"/>
        <source>Will user properties</source>
        <translation>遗嘱用户属性</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="80"/>
        <source>Receive maximum</source>
        <translation>接收最大值</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="82"/>
        <source>Maximum packet size</source>
        <translation>最大报文大小</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="84"/>
        <source>Topic alias maximum</source>
        <translation>主题别名最大值</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="86"/>
        <source>Request response information</source>
        <translation>请求响应信息</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="88"/>
        <source>Request problem information</source>
        <translation>请求问题信息</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="90"/>
        <source>User properties</source>
        <translation>用户属性</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="99"/>
        <source>Local broker</source>
        <translation>本地 Broker</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="25"/>
        <source>unix: takes a path (unix:/path), not a host</source>
        <translation>unix: 需要路径（unix:/路径），而不是主机</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="29"/>
        <source>no socket path after unix:</source>
        <translation>unix: 后缺少套接字路径</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="31"/>
        <source>the socket path names a directory</source>
        <translation>套接字路径指向一个目录</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="41"/>
        <source>enter the broker&apos;s address, e.g. mqtt://127.0.0.1:1883</source>
        <translation>请输入 Broker 地址，例如 mqtt://127.0.0.1:1883</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="48"/>
        <source>unknown scheme &apos;%1&apos; (mqtt, mqtts, ws, wss or unix)</source>
        <translation>未知的协议“%1”（mqtt、mqtts、ws、wss 或 unix）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="55"/>
        <source>no host</source>
        <translation>缺少主机</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="57"/>
        <source>put the user name and password in the Authentication fields</source>
        <translation>请在“认证”选项卡中填写用户名和密码</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="59"/>
        <source>a query or fragment has no meaning here</source>
        <translation>此处不能使用查询参数或片段</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="61"/>
        <source>a path has no meaning for %1://</source>
        <translation>%1:// 地址不能包含路径</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="63"/>
        <source>port 0</source>
        <translation>端口不能为 0</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="16"/>
        <location filename="../explorer/connection/profileproblems.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="39"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="57"/>
        <source>%1 holds no PEM RSA or EC private key (keys with a passphrase are not supported)</source>
        <translation>%1 中没有 PEM 格式的 RSA 或 EC 私钥（不支持带密码短语的私钥）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="80"/>
        <source>a client certificate needs its key</source>
        <translation>客户端证书需要对应的私钥</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="82"/>
        <source>a key needs its client certificate</source>
        <translation>私钥需要对应的客户端证书</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="34"/>
        <source>must be between 0 and %1</source>
        <translation>必须介于 0 和 %1 之间</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="46"/>
        <source>give the connection a name</source>
        <translation>请为连接命名</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="61"/>
        <source>MQTT 3.1.1 sends a password only with a user name</source>
        <translation>MQTT 3.1.1 仅在提供用户名时才发送密码</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionTab</name>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="93"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="94"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="95"/>
        <source>In flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="96"/>
        <source>Record / replay</source>
        <translation>录制 / 回放</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="221"/>
        <source>Connected to %1 as %2</source>
        <translation>已连接到 %1，客户端 ID：%2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="226"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="228"/>
        <source>Reconnecting to %1: %2</source>
        <translation>正在重新连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="230"/>
        <source>Disconnecting…</source>
        <translation>正在断开连接…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected: %1</source>
        <translation>已断开连接：%1</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="247"/>
        <source>%1 (this connection&apos;s share of %2)</source>
        <translation>%1（此连接在 %2 中的份额）</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="279"/>
        <source>%1: the oldest history (%Ln messages) was dropped to stay within this connection&apos;s share (%2) of %3</source>
        <translation>
            <numerusform>%1：已丢弃最早的历史（%Ln 条消息），以保持在此连接的份额（%2，共 %3）之内</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="327"/>
        <location filename="../explorer/app/connectiontab.cpp" line="332"/>
        <source>Delete retained messages</source>
        <translation>删除保留消息</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="328"/>
        <source>No retained message is known at or below %1.</source>
        <translation>%1 及其下级没有已知的保留消息。</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="356"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="357"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="363"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="437"/>
        <source>Publish to this topic…</source>
        <translation>发布到此主题…</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="273"/>
        <source>The oldest history (%Ln messages) was dropped to stay within %1</source>
        <translation>
            <numerusform>已丢弃最早的历史记录（%Ln 条消息），以保持在 %1 以内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="243"/>
        <source>%Ln topics · history %1 of %2</source>
        <translation>
            <numerusform>%Ln 个主题 · 历史记录 %1 / %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="333"/>
        <source>Delete the retained messages of %n topics at and below %1 on the broker?

Every client loses them, not only this one.</source>
        <translation>
            <numerusform>要在 Broker 上删除 %1 及其下级共 %n 个主题的保留消息吗？

所有客户端都会失去这些消息，而不仅是当前客户端。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="344"/>
        <source>Deleted %n retained messages</source>
        <translation>
            <numerusform>已删除 %n 条保留消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="345"/>
        <source>Deleted %n retained messages; %1 failed: %2</source>
        <translation>
            <numerusform>已删除 %n 条保留消息；%1 条失败：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="366"/>
        <source>Exported %n messages to %1</source>
        <translation>
            <numerusform>已将 %n 条消息导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="432"/>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="434"/>
        <source>Copy subtree filter (%1)</source>
        <translation>复制子树过滤器（%1）</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="438"/>
        <source>Record this subtree…</source>
        <translation>录制此子树…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="442"/>
        <source>Export subtree…</source>
        <translation>导出子树…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="444"/>
        <source>Delete retained messages…</source>
        <translation>删除保留消息…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="446"/>
        <source>Remove from the tree</source>
        <translation>从树中移除</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::DiffView</name>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="41"/>
        <source>No earlier message on this topic to compare with</source>
        <translation>此主题没有可供比较的更早消息</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="51"/>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::FileField</name>
    <message>
        <location filename="../explorer/connection/filefield.cpp" line="19"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ImageView</name>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="37"/>
        <source>Not an image Qt can decode</source>
        <translation>不是 Qt 能解码的图像</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="38"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightTable</name>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="20"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="22"/>
        <location filename="../explorer/inflight/inflighttable.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="25"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="90"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="92"/>
        <source>awaiting PUBACK</source>
        <translation>等待 PUBACK</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="94"/>
        <source>awaiting PUBREC</source>
        <translation>等待 PUBREC</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="96"/>
        <source>awaiting PUBCOMP</source>
        <translation>等待 PUBCOMP</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="98"/>
        <source>awaiting PUBREL</source>
        <translation>等待 PUBREL</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>out</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>in</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="124"/>
        <source>(restored, topic unknown)</source>
        <translation>（已恢复，主题未知）</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="147"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="149"/>
        <source>Packet id</source>
        <translation>报文 ID</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="151"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="153"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="155"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="157"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="159"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="161"/>
        <source>Sends</source>
        <translation>发送次数</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightView</name>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>1 message in flight</source>
        <translation>1 条消息传输中</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>%1 messages in flight</source>
        <translation>%1 条消息传输中</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="70"/>
        <source>%1 %2</source>
        <comment>in-flight summary: a count, then its stage&apos;s name</comment>
        <translation>%2 %1 条</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="75"/>
        <source>%1: %2</source>
        <comment>in-flight summary: the total, then the counts per stage</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="76"/>
        <source>, </source>
        <comment>in-flight summary: between counts per stage</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonPath</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="29"/>
        <location filename="../explorer/viewers/jsonpath.cpp" line="39"/>
        <source>Expected a key at position %1</source>
        <translation>位置 %1 处应为键</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="47"/>
        <source>Unexpected &quot;%1&quot; at position %2</source>
        <translation>位置 %2 处出现意外的“%1”</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="53"/>
        <source>The path ends with &quot;.&quot;</source>
        <translation>路径以“.”结尾</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="70"/>
        <source>Unterminated quoted key at position %1</source>
        <translation>位置 %1 处带引号的键未结束</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="80"/>
        <source>Expected an index or a quoted key at position %1</source>
        <translation>位置 %1 处应为索引或带引号的键</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="85"/>
        <source>Expected &quot;]&quot; at position %1</source>
        <translation>位置 %1 处应为“]”</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="96"/>
        <source>the document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="103"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="105"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="107"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="109"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="111"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="116"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="150"/>
        <source>%1 is %2, not an array</source>
        <translation>%1 是%2，不是数组</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="155"/>
        <source>Index %1 is out of range: %2 has %3 elements</source>
        <translation>索引 %1 超出范围：%2 只有 %3 个元素</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="165"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 是%2，不是对象</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="171"/>
        <source>No key &quot;%1&quot; in %2</source>
        <translation>%2 中没有键“%1”</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonText</name>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="103"/>
        <source>The text is empty: no JSON value.</source>
        <translation>文本为空：没有 JSON 值。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="115"/>
        <source>More than one JSON value: a payload holds one.</source>
        <translation>包含多个 JSON 值：一个载荷只能包含一个。</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonTreeModel</name>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="35"/>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="37"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="39"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="41"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="43"/>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="45"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="196"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="198"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="200"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonView</name>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="29"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="30"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="31"/>
        <source>Pretty text</source>
        <translation>格式化文本</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="33"/>
        <source>Show the document as indented text instead of a tree</source>
        <translation>以缩进文本而不是树形显示文档</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="82"/>
        <source>Invalid JSON at byte offset %1 (line %2, column %3): %4</source>
        <translation>字节偏移 %1 处的 JSON 无效（第 %2 行，第 %3 列）：%4</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="155"/>
        <source>Plot %1 over time</source>
        <translation>绘制 %1 随时间的变化</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::KeychainSecretStore</name>
    <message>
        <location filename="../explorer/connection/keychainsecretstore.cpp" line="62"/>
        <source>the system keychain</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>系统密钥环</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MainWindow</name>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="37"/>
        <source>OhMqtt Explorer</source>
        <translation>OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="63"/>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="64"/>
        <source>&amp;New connection…</source>
        <translation>新建连接(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="66"/>
        <source>Q&amp;uick connect…</source>
        <translation>快速连接(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="69"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="74"/>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="78"/>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="87"/>
        <source>&amp;Topics</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="88"/>
        <source>&amp;Filter topics</source>
        <translation>过滤主题(&amp;F)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="100"/>
        <source>Select a topic in the tree first</source>
        <translation>请先在树中选择一个主题</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="105"/>
        <source>&amp;Export selected subtree…</source>
        <translation>导出所选子树(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="109"/>
        <source>&amp;Delete retained messages of the selected subtree…</source>
        <translation>删除所选子树的保留消息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="114"/>
        <source>&amp;Clear the tree</source>
        <translation>清空树(&amp;C)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="120"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="122"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="129"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="130"/>
        <source>&amp;About OhMqtt Explorer</source>
        <translation>关于 OhMqtt Explorer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="179"/>
        <source>Quick connect</source>
        <translation>快速连接</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="180"/>
        <source>Broker address (mqtt://, mqtts://, ws://, wss:// or unix:):</source>
        <translation>Broker 地址（mqtt://、mqtts://、ws://、wss:// 或 unix:）：</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="204"/>
        <source>No connection — Connection ▸ New connection (Ctrl+N)</source>
        <translation>无连接 — 连接 ▸ 新建连接 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="226"/>
        <source>The preferences could not be saved; they apply until the explorer quits</source>
        <translation>无法保存首选项；它们在浏览器退出前有效</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="254"/>
        <source>About OhMqtt Explorer</source>
        <translation>关于 OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="255"/>
        <source>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;A fast MQTT 5.0 and 3.1.1 explorer built on the OhMqtt Qt library.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;基于 OhMqtt Qt 库构建的快速 MQTT 5.0 和 3.1.1 浏览器。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MemorySecretStore</name>
    <message>
        <location filename="../explorer/connection/memorysecretstore.cpp" line="35"/>
        <source>memory</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageDetail</name>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="40"/>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="41"/>
        <source>Copy payload</source>
        <translation>复制载荷</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="42"/>
        <source>Edit in Publish</source>
        <translation>在“发布”中编辑</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="43"/>
        <source>Publish Again</source>
        <translation>再次发布</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="55"/>
        <source>Put this message into the publish panel: topic, payload, QoS, retain and properties, to change before sending</source>
        <translation>将此消息放入发布面板（主题、载荷、QoS、保留和属性），以便在发送前修改</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="58"/>
        <source>Publish this message again now, unchanged</source>
        <translation>立即原样再次发布此消息</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="107"/>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="108"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="109"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/messagedetail.cpp" line="222"/>
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="260"/>
        <source>Copied the topic</source>
        <translation>已复制主题</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="275"/>
        <source>Copied %1 of payload</source>
        <translation>已复制载荷（%1）</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageExport</name>
    <message>
        <location filename="../explorer/app/messageexport.cpp" line="125"/>
        <location filename="../explorer/app/messageexport.cpp" line="134"/>
        <source>%1: %2</source>
        <comment>file path, then the error</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageHistoryModel</name>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="100"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="102"/>
        <source>Q%1</source>
        <comment>QoS level</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="104"/>
        <source> R</source>
        <comment>retained</comment>
        <translation> R</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="106"/>
        <source> D</source>
        <comment>duplicate</comment>
        <translation> D</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="120"/>
        <source>QoS %1%2%3</source>
        <translation>QoS %1%2%3</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="122"/>
        <source>, retained</source>
        <translation>，保留</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="123"/>
        <source>, duplicate</source>
        <translation>，重复</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="137"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="139"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="141"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="143"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessagePropertiesView</name>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="31"/>
        <source>0 (at most once)</source>
        <translation>0（最多一次）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="33"/>
        <source>1 (at least once)</source>
        <translation>1（至少一次）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="35"/>
        <source>2 (exactly once)</source>
        <translation>2（只有一次）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="44"/>
        <source>Payload format indicator</source>
        <translation>载荷格式指示</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="46"/>
        <source>Message expiry interval</source>
        <translation>消息过期间隔</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="48"/>
        <source>Topic alias</source>
        <translation>主题别名</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="50"/>
        <source>Response topic</source>
        <translation>响应主题</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="52"/>
        <source>Correlation data</source>
        <translation>对比数据</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="54"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="56"/>
        <source>Subscription identifier</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="72"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="73"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="75"/>
        <source>(not UTF-8 text)</source>
        <translation>（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="83"/>
        <source>1 (UTF-8 text)</source>
        <translation>1（UTF-8 文本）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="84"/>
        <source>%1 (unspecified bytes)</source>
        <translation>%1（未指定格式的字节）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="86"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="110"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="111"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 属性</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="119"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="120"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="121"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="122"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="124"/>
        <source>Packet identifier</source>
        <translation>报文标识符</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="125"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="128"/>
        <source>Payload size</source>
        <translation>载荷大小</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="138"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="146"/>
        <source>User properties</source>
        <translation>用户属性</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PasswordVault</name>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="52"/>
        <source>this build has no keychain support</source>
        <translation>此版本不支持密钥环</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="67"/>
        <source>Password saved in %1.</source>
        <translation>密码已保存在%1中。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="80"/>
        <source>Password not saved: no keychain works (%1). Tick &quot;Store password in the settings file&quot; to keep it there, not encrypted.</source>
        <translation>密码未保存：没有可用的密钥环（%1）。勾选“将密码保存在设置文件中”可将其以未加密形式保存在那里。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="91"/>
        <source>Password not saved: %1</source>
        <translation>密码未保存：%1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="97"/>
        <source>Password saved in %1, not encrypted (no keychain: %2).</source>
        <translation>密码已以未加密形式保存在%1中（无密钥环：%2）。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="113"/>
        <source>Cannot read the keychain: %1</source>
        <translation>无法读取密钥环：%1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="144"/>
        <source>Cannot remove the password: %1</source>
        <translation>无法删除密码：%1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadDiff</name>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="86"/>
        <source>The payloads are identical</source>
        <translation>载荷完全相同</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="89"/>
        <source>Same JSON content; the bytes first differ at offset %1</source>
        <translation>JSON 内容相同；字节首次在偏移 %1 处不同</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="90"/>
        <source>Lines added: %1, removed: %2 (JSON, pretty-printed)</source>
        <translation>新增行：%1，删除行：%2（JSON，已格式化）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="91"/>
        <source>Lines added: %1, removed: %2</source>
        <translation>新增行：%1，删除行：%2</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="94"/>
        <source>Payloads differ at byte offset %1 (a line diff stops at %2)</source>
        <translation>载荷从字节偏移 %1 处开始不同（逐行比较的上限为 %2）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="97"/>
        <source>Payloads differ at byte offset %1 (too many changes for a line diff)</source>
        <translation>载荷从字节偏移 %1 处开始不同（改动过多，无法逐行比较）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="100"/>
        <source>Payloads differ at byte offset %1 (binary, no line diff)</source>
        <translation>载荷从字节偏移 %1 处开始不同（二进制，无法逐行比较）</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadEditor</name>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="45"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="46"/>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="54"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="55"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="56"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="57"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="68"/>
        <source>Any bytes as hex digits in pairs, e.g. &quot;0a 1b ff&quot;</source>
        <translation>任意字节，以成对的十六进制数字表示，例如“0a 1b ff”</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="73"/>
        <source>Indent the JSON text; keys keep their order</source>
        <translation>缩进 JSON 文本；键的顺序保持不变</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="134"/>
        <source>Payload as hex, e.g. 0a 1b ff</source>
        <translation>十六进制载荷，例如 0a 1b ff</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="135"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="146"/>
        <source>Longer than %1: too long to edit as hex.</source>
        <translation>超过 %1：太长，无法以十六进制编辑。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="162"/>
        <source>These bytes are not text the editor can hold exactly (invalid UTF-8, control characters or carriage returns): they stay in hex.</source>
        <translation>这些字节不是编辑器能原样保存的文本（无效的 UTF-8、控制字符或回车符）：保持为十六进制。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="249"/>
        <location filename="../explorer/publish/payloadeditor.cpp" line="256"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="251"/>
        <source>%1 is larger than an MQTT message can be (%2 bytes).</source>
        <translation>%1 超出了 MQTT 消息的最大大小（%2 字节）。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="277"/>
        <source>Choose the Payload File</source>
        <translation>选择载荷文件</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="316"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>第 %1 行第 %2 列（字节 %3）处的 JSON 无效：%4</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="326"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>应为成对的十六进制数字，例如“0a 1b ff”。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="329"/>
        <source>Choose a file to send.</source>
        <translation>请选择要发送的文件。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="337"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="345"/>
        <source>The received payload — %Ln byte(s) (%1), sent as it came</source>
        <translation>
            <numerusform>收到的载荷 — %Ln 字节（%1），原样发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="347"/>
        <source>%1 — %Ln byte(s) (%2)</source>
        <translation>
            <numerusform>%1 — %Ln 字节（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadFormat</name>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="64"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="66"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="68"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="70"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="72"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="74"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="89"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="90"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadNumbers</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="190"/>
        <source>The payload is not a number; enter a JSON path</source>
        <translation>载荷不是数字；请输入 JSON 路径</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="193"/>
        <source>The payload is too large to read as JSON</source>
        <translation>载荷过大，无法作为 JSON 读取</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="197"/>
        <source>The payload is not JSON: %1</source>
        <translation>载荷不是 JSON：%1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="210"/>
        <source>%1 is %2, not a number</source>
        <translation>%1 是%2，不是数字</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadPreview</name>
    <message>
        <location filename="../explorer/topics/payloadpreview.cpp" line="79"/>
        <source>&lt;%1 bytes binary&gt;</source>
        <translation>&lt;%1 字节二进制数据&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadView</name>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="42"/>
        <source>How to show the payload</source>
        <translation>载荷的显示方式</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="121"/>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PreferencesDialog</name>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="37"/>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="38"/>
        <source>How many of the latest messages of each topic are kept</source>
        <translation>每个主题保留多少条最新消息</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="42"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="44"/>
        <source>Memory for the history of all open connections together</source>
        <translation>所有打开的连接的历史合计可用的内存</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="48"/>
        <source>The history keeps the latest messages of every topic for the message view and for exports.

The memory budget is shared by all open connections: each gets an even share, split again whenever a connection opens or closes. When a connection&apos;s history would outgrow its share, its oldest messages go first, whatever their topic, and the status bar says so. Lowering a limit drops messages at once.</source>
        <translation>历史为消息视图和导出保留每个主题的最新消息。

内存预算由所有打开的连接共享：每个连接获得相同的份额，每当有连接打开或关闭时重新分配。当某个连接的历史将超出其份额时，最早的消息先被丢弃（不论主题），状态栏会给出提示。降低限制会立即丢弃消息。</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="58"/>
        <source>&amp;History per topic:</source>
        <translation>每个主题的历史(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="59"/>
        <source>&amp;Memory budget:</source>
        <translation>内存预算(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="100"/>
        <source>One open connection may use all of it.</source>
        <translation>一个打开的连接可以使用全部预算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/preferencesdialog.cpp" line="103"/>
        <source>%n open connections share it: %1 each.</source>
        <translation>
            <numerusform>%n 个打开的连接共享：每个 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ProfileEditor</name>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="33"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="34"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="35"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="36"/>
        <source>Last will</source>
        <translation>遗嘱消息</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="37"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="61"/>
        <source>e.g. Home broker</source>
        <translation>例如：家庭 Broker</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="63"/>
        <source>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</source>
        <translation>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="64"/>
        <source>generated at each connect</source>
        <translation>每次连接时自动生成</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="67"/>
        <source>5.0</source>
        <translation>5.0</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="68"/>
        <source>3.1.1</source>
        <translation>3.1.1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="70"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="73"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="74"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="70"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="72"/>
        <source>0: the session ends with the connection</source>
        <translation>0：会话随连接结束</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="73"/>
        <source>none</source>
        <comment>connect timeout: no limit</comment>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="79"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="74"/>
        <source>never reconnect</source>
        <translation>不自动重连</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="86"/>
        <source>Used only when no system keychain works. Anyone who can read the settings file can read the password.</source>
        <translation>仅在系统密钥环不可用时使用。任何能读取设置文件的人都能读取该密码。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="92"/>
        <source>For mqtts:// and wss:// addresses. Without a CA file the system&apos;s certificate authorities are trusted.</source>
        <translation>用于 mqtts:// 和 wss:// 地址。未指定 CA 文件时，信任系统的证书颁发机构。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="97"/>
        <source>the address&apos;s host</source>
        <translation>地址中的主机</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="99"/>
        <source>Accept any certificate the broker shows: anyone on the way can read and change the traffic. For tests only.</source>
        <translation>接受 Broker 出示的任何证书：传输路径上的任何人都能读取和篡改流量。仅用于测试。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="109"/>
        <source>0 — at most once</source>
        <translation>0 — 最多一次</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="110"/>
        <source>1 — at least once</source>
        <translation>1 — 至少一次</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="111"/>
        <source>2 — exactly once</source>
        <translation>2 — 只有一次</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="114"/>
        <source>0: at once</source>
        <translation>0：立即</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="115"/>
        <source>0: never expires</source>
        <translation>0：永不过期</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="127"/>
        <source>CONNECT properties (MQTT 5.0).</source>
        <translation>CONNECT 属性（MQTT 5.0）。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="128"/>
        <source>not sent (65535)</source>
        <translation>不发送（65535）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="129"/>
        <source>not sent (no limit)</source>
        <translation>不发送（无限制）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="130"/>
        <source>0 (no aliases)</source>
        <translation>0（不使用别名）</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishHistoryModel</name>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="17"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="87"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="81"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="109"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="89"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="91"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="103"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="105"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="107"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="111"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="113"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishOutcome</name>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="19"/>
        <source>Failed: %1 (reason code %2)</source>
        <translation>失败：%1（原因码 %2）</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="23"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="28"/>
        <source>Sent (QoS 0: the broker does not acknowledge)</source>
        <translation>已发送（QoS 0：Broker 不会确认）</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="30"/>
        <source>Acknowledged by PUBACK (%1)</source>
        <translation>已由 PUBACK 确认（%1）</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="32"/>
        <source>Acknowledged by PUBCOMP (%1)</source>
        <translation>已由 PUBCOMP 确认（%1）</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="34"/>
        <source>Acknowledged by PUBREC (%1)</source>
        <translation>已由 PUBREC 确认（%1）</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPanel</name>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="69"/>
        <source>Topic, e.g. home/kitchen/light</source>
        <translation>主题，例如 home/kitchen/light</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="80"/>
        <source>QoS:</source>
        <translation>QoS：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="88"/>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="102"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="104"/>
        <source>Publish the message (Ctrl+Return)</source>
        <translation>发布消息 (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="115"/>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="145"/>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="147"/>
        <source>Publish the selected message again</source>
        <translation>再次发布所选消息</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="151"/>
        <source>Sent messages:</source>
        <translation>已发送的消息：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="221"/>
        <source>Cannot publish: the connection is shut down.</source>
        <translation>无法发布：连接已关闭。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="225"/>
        <location filename="../explorer/publish/publishpanel.cpp" line="262"/>
        <source>Invalid topic: %1</source>
        <translation>无效的主题：%1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="275"/>
        <source>MQTT 5.0 properties</source>
        <translation>MQTT 5.0 属性</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="276"/>
        <source>MQTT 5.0 properties (not sent: MQTT 3.1.1 connection)</source>
        <translation>MQTT 5.0 属性（不发送：MQTT 3.1.1 连接）</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="294"/>
        <source>Publishing to %1…</source>
        <translation>正在发布到 %1…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="295"/>
        <source>Waiting for the connection to publish to %1…</source>
        <translation>正在等待连接以发布到 %1…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPropertiesEditor</name>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="69"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="82"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="86"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="70"/>
        <source>0: unspecified bytes</source>
        <translation>0：未指定格式的字节</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="71"/>
        <source>1: UTF-8 text</source>
        <translation>1：UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="74"/>
        <source>Not set: the message does not expire</source>
        <translation>未设置：消息不会过期</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="80"/>
        <source>Not set, e.g. application/json</source>
        <translation>未设置，例如 application/json</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="88"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="89"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="95"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="96"/>
        <source>Try: use an alias while the broker allows more</source>
        <translation>尝试：在 Broker 允许的范围内使用别名</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="98"/>
        <source>Always: fail when no alias is left</source>
        <translation>总是：没有可用别名时失败</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="107"/>
        <source>Payload format:</source>
        <translation>载荷格式：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="108"/>
        <source>Message expiry (s):</source>
        <translation>消息过期时间（秒）：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="110"/>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="111"/>
        <source>Response topic:</source>
        <translation>响应主题：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="113"/>
        <source>Correlation data:</source>
        <translation>对比数据：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="115"/>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="116"/>
        <source>Topic alias:</source>
        <translation>主题别名：</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="180"/>
        <source>At most %1 seconds.</source>
        <translation>最多 %1 秒。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="187"/>
        <source>Invalid response topic: %1</source>
        <translation>无效的响应主题：%1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="192"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>应为成对的十六进制数字，例如“0a 1b ff”。</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RecordPanel</name>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="40"/>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="44"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <location filename="../explorer/record/recordpanel.cpp" line="169"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="57"/>
        <source>1× (as recorded)</source>
        <translation>1×（按录制速度）</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="58"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="59"/>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="60"/>
        <source>100×</source>
        <translation>100×</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="61"/>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="63"/>
        <location filename="../explorer/record/recordpanel.cpp" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="68"/>
        <source>Record</source>
        <comment>section title</comment>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="70"/>
        <source>Topic filter:</source>
        <translation>主题过滤器：</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="71"/>
        <location filename="../explorer/record/recordpanel.cpp" line="76"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="74"/>
        <source>Replay through this connection</source>
        <translation>通过此连接回放</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="77"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="94"/>
        <source>%Ln messages recorded</source>
        <translation>
            <numerusform>已录制 %Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="111"/>
        <source>Replayed %Ln messages</source>
        <translation>
            <numerusform>已回放 %Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="112"/>
        <source>Replayed %Ln messages, %1 failed</source>
        <translation>
            <numerusform>已回放 %Ln 条消息，%1 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="129"/>
        <source>Recorded %Ln messages to %1</source>
        <translation>
            <numerusform>已将 %Ln 条消息录制到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="149"/>
        <source>Stopped after %1 of %n messages</source>
        <translation>
            <numerusform>已在 %1 / %n 条消息处停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="160"/>
        <source>Replaying %Ln messages…</source>
        <translation>
            <numerusform>正在回放 %Ln 条消息…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="166"/>
        <source>OhMqtt recordings (*.jsonl);;All files (*)</source>
        <translation>OhMqtt 录制文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="168"/>
        <source>Record to</source>
        <translation>录制到</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recorder</name>
    <message>
        <location filename="../explorer/record/recorder.cpp" line="56"/>
        <location filename="../explorer/record/recorder.cpp" line="91"/>
        <location filename="../explorer/record/recorder.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recording</name>
    <message>
        <location filename="../explorer/record/recording.cpp" line="131"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="149"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="150"/>
        <source>invalid JSON at column %1: %2</source>
        <translation>第 %1 列处的 JSON 无效：%2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="159"/>
        <source>field &apos;format&apos;: not an OhMqtt recording</source>
        <translation>字段“format”：不是 OhMqtt 录制文件</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="165"/>
        <source>field &apos;version&apos;: version %1 is not supported</source>
        <translation>字段“version”：不支持版本 %1</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="176"/>
        <source>field &apos;%1&apos; is missing or invalid</source>
        <translation>字段“%1”缺失或无效</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="183"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="192"/>
        <location filename="../explorer/record/recording.cpp" line="199"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RowView</name>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="49"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="52"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="54"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="177"/>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SettingsSecretStore</name>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="25"/>
        <source>the settings file</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="53"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionDialog</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="42"/>
        <source>No local: not the messages this connection publishes</source>
        <translation>No Local：不接收本连接发布的消息</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="43"/>
        <source>Retain as published</source>
        <translation>保持发布时的保留标志 (Retain As Published)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="49"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="52"/>
        <source>e.g. home/+/temperature or sensors/#</source>
        <translation>例如 home/+/temperature 或 sensors/#</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="55"/>
        <source>Not shared</source>
        <translation>不共享</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="56"/>
        <source>Subscribe to $share/&lt;name&gt;/&lt;filter&gt;: the broker hands each message to one of the subscribers sharing the name</source>
        <translation>订阅 $share/&lt;name&gt;/&lt;filter&gt;：Broker 会把每条消息只投递给共享该名称的订阅者之一</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="72"/>
        <source>Keep the RETAIN flag the publisher set, also on messages that are not sent because of this subscription</source>
        <translation>保留发布者设置的 RETAIN 标志，对并非因本订阅而发送的消息同样如此</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="75"/>
        <source>Send retained messages at subscribe</source>
        <translation>订阅时发送保留消息</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="77"/>
        <source>Send retained messages only if the subscription is new</source>
        <translation>仅在新订阅时发送保留消息</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="79"/>
        <source>Never send retained messages</source>
        <translation>从不发送保留消息</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="82"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="85"/>
        <source>The broker does not support them</source>
        <translation>Broker 不支持订阅标识符</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="91"/>
        <source>Retain handling:</source>
        <translation>保留消息处理：</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="92"/>
        <source>Subscription identifier:</source>
        <translation>订阅标识符：</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="93"/>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="97"/>
        <source>MQTT 5.0 options</source>
        <translation>MQTT 5.0 选项</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="98"/>
        <source>MQTT 5.0 options (not available: MQTT 3.1.1 connection)</source>
        <translation>MQTT 5.0 选项（不可用：MQTT 3.1.1 连接）</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="103"/>
        <source>Topic filter:</source>
        <translation>主题过滤器：</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="105"/>
        <source>Share name:</source>
        <translation>共享名称：</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="107"/>
        <source>Maximum QoS:</source>
        <translation>最大 QoS：</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="186"/>
        <source>The share name is given twice: in the filter and below it.</source>
        <translation>共享名称指定了两次：在过滤器中和过滤器下方。</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="189"/>
        <source>Invalid topic filter: %1</source>
        <translation>无效的主题过滤器：%1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="196"/>
        <source>Invalid share name: %1</source>
        <translation>无效的共享名称：%1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsModel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="198"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="210"/>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="212"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="214"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="216"/>
        <source>Granted</source>
        <translation>授予</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="218"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="220"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="229"/>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="231"/>
        <source>retain as published</source>
        <translation>保持保留标志</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="236"/>
        <source>retained: only if new</source>
        <translation>保留消息：仅新订阅</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="239"/>
        <source>retained: never</source>
        <translation>保留消息：从不</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="243"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="245"/>
        <source>user properties: %1</source>
        <translation>用户属性：%1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="246"/>
        <source>, </source>
        <comment>between the parts of a subscription&apos;s options summary</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="253"/>
        <source>Unsubscribed</source>
        <translation>未订阅</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="255"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="257"/>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="259"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsPanel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="24"/>
        <source>All topics (#)</source>
        <translation>所有主题 (#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="25"/>
        <source>Broker statistics ($SYS/#)</source>
        <translation>Broker 统计信息 ($SYS/#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="27"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="28"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="29"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicBrowser</name>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="24"/>
        <source>Filter: text or topic filter such as sensors/+/temp</source>
        <translation>过滤：文本或主题过滤器，如 sensors/+/temp</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="26"/>
        <source>Text matches topics and values, ignoring case. Text with + or # that is a valid topic filter matches topics as a subscription would.</source>
        <translation>文本会匹配主题和值，不区分大小写。包含 + 或 # 且为有效主题过滤器的文本，会像订阅一样匹配主题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/topics/topicbrowser.cpp" line="133"/>
        <source>%Ln topics, %1 shown</source>
        <translation>
            <numerusform>%Ln 个主题，显示 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="136"/>
        <source>%1 (topic filter)</source>
        <translation>%1（主题过滤器）</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicTreeModel</name>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="142"/>
        <source>Messages per second to this topic, averaged over the last seconds</source>
        <translation>此主题每秒的消息数（最近几秒的平均值）</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="144"/>
        <source>Topics below this level</source>
        <translation>此层级以下的主题</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="146"/>
        <source>Messages to the topics below this level</source>
        <translation>发往此层级以下主题的消息</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="155"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="157"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="159"/>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="161"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="163"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="165"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="167"/>
        <source>Last</source>
        <translation>最后接收</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="169"/>
        <source>Topics below</source>
        <translation>下级主题</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="171"/>
        <source>Messages below</source>
        <translation>下级消息</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="182"/>
        <source>(empty level)</source>
        <translation>（空层级）</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="186"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="195"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TrafficMeter</name>
    <message>
        <location filename="../explorer/app/trafficmeter.cpp" line="53"/>
        <source>in %1 msg/s (%2/s) · out %3 msg/s (%4/s)</source>
        <translation>接收 %1 条/秒 (%2/秒) · 发送 %3 条/秒 (%4/秒)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::UserPropertiesEditor</name>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="46"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="47"/>
        <source>Add a user property</source>
        <translation>添加用户属性</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="49"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="50"/>
        <source>Remove the selected user properties</source>
        <translation>删除所选用户属性</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ValueChart</name>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="27"/>
        <source>JSON path, e.g. temperature or data.values[0]; empty for numeric payloads</source>
        <translation>JSON 路径，例如 temperature 或 data.values[0]；数值载荷请留空</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="44"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="123"/>
        <source>Invalid path: %1</source>
        <translation>无效的路径：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/valuechart.cpp" line="126"/>
        <source>%n of %1 messages have no number here: %2</source>
        <translation>
            <numerusform>%1 条消息中有 %n 条在此处没有数字：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../explorer/main.cpp" line="34"/>
        <source>The OhMqtt MQTT explorer.</source>
        <translation>OhMqtt 的 MQTT 探索工具。</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="38"/>
        <source>Connect to this broker at start.</source>
        <translation>启动时连接到此 Broker。</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="43"/>
        <source>Save screenshots, then quit.</source>
        <translation>保存截图，然后退出。</translation>
    </message>
</context>
</TS>
