<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>OhMqttExplorer::ConnectionDialog</name>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="33"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="55"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="57"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="59"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="79"/>
        <source>Connect</source>
        <translation>接続</translation>
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
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="124"/>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="173"/>
        <source>Reading the password…</source>
        <translation>パスワードを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="221"/>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="232"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="246"/>
        <source>Remove connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="247"/>
        <source>Remove &quot;%1&quot; and its saved password?</source>
        <translation>「%1」と保存済みのパスワードを削除しますか？</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="272"/>
        <source>Cannot write the settings file %1.</source>
        <translation>設定ファイル %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="285"/>
        <source>Saving the password…</source>
        <translation>パスワードを保存しています…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="322"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/connection/connectiondialog.cpp" line="323"/>
        <source>%n connection(s) have unsaved changes. Close and drop them?</source>
        <translation>
            <numerusform>%n 件の接続に未保存の変更があります。閉じて変更を破棄しますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionProfile</name>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="20"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="22"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="24"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="26"/>
        <source>MQTT version</source>
        <translation>MQTT バージョン</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="28"/>
        <source>Clean start</source>
        <translation>クリーンスタート</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="30"/>
        <source>Keep alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="32"/>
        <source>Session expiry</source>
        <translation>セッション有効期限</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="34"/>
        <source>Connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="36"/>
        <source>Reconnect delay</source>
        <translation>再接続の間隔</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="38"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="40"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="42"/>
        <source>Store password in the settings file (not encrypted)</source>
        <translation>パスワードを設定ファイルに保存 (暗号化なし)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="45"/>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="47"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="49"/>
        <source>Client key</source>
        <translation>クライアント秘密鍵</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="51"/>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="53"/>
        <source>Insecure: skip certificate verification</source>
        <translation>安全でない: 証明書の検証を省略</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="56"/>
        <source>Send a last will</source>
        <translation>ラストウィルを送信</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="58"/>
        <source>Will topic</source>
        <translation>ウィルトピック</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="60"/>
        <source>Will payload</source>
        <translation>ウィルペイロード</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="62"/>
        <source>Will QoS</source>
        <translation>ウィル QoS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="64"/>
        <source>Will retain</source>
        <translation>ウィルを保持</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="66"/>
        <source>Will delay</source>
        <translation>ウィル遅延</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="68"/>
        <source>Will message expiry</source>
        <translation>ウィルメッセージ有効期限</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="70"/>
        <source>Will payload is UTF-8 text</source>
        <translation>ウィルペイロードは UTF-8 テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="72"/>
        <source>Will content type</source>
        <translation>ウィルのコンテンツタイプ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="74"/>
        <source>Will response topic</source>
        <translation>ウィルのレスポンストピック</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="76"/>
        <source>Will correlation data</source>
        <translation>ウィルの相関データ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="78"/>
        <source>Will user properties</source>
        <translation>ウィルのユーザープロパティ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="80"/>
        <source>Receive maximum</source>
        <translation>受信最大値</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="82"/>
        <source>Maximum packet size</source>
        <translation>最大パケットサイズ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="84"/>
        <source>Topic alias maximum</source>
        <translation>トピックエイリアス最大値</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="86"/>
        <source>Request response information</source>
        <translation>レスポンス情報を要求</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="88"/>
        <source>Request problem information</source>
        <translation>問題情報を要求</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="90"/>
        <source>User properties</source>
        <translation>ユーザープロパティ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="99"/>
        <source>Local broker</source>
        <translation>ローカルブローカー</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="25"/>
        <source>unix: takes a path (unix:/path), not a host</source>
        <translation>unix: にはホストではなくパス (unix:/パス) を指定します</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="29"/>
        <source>no socket path after unix:</source>
        <translation>unix: の後にソケットのパスがありません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="31"/>
        <source>the socket path names a directory</source>
        <translation>ソケットのパスがディレクトリを指しています</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="41"/>
        <source>enter the broker&apos;s address, e.g. mqtt://127.0.0.1:1883</source>
        <translation>ブローカーのアドレスを入力してください (例: mqtt://127.0.0.1:1883)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="48"/>
        <source>unknown scheme &apos;%1&apos; (mqtt, mqtts, ws, wss or unix)</source>
        <translation>不明なスキーム「%1」(mqtt、mqtts、ws、wss、unix のいずれか)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="55"/>
        <source>no host</source>
        <translation>ホストがありません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="57"/>
        <source>put the user name and password in the Authentication fields</source>
        <translation>ユーザー名とパスワードは「認証」の欄に入力してください</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="59"/>
        <source>a query or fragment has no meaning here</source>
        <translation>クエリやフラグメントはここでは意味を持ちません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="61"/>
        <source>a path has no meaning for %1://</source>
        <translation>%1:// ではパスは意味を持ちません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="63"/>
        <source>port 0</source>
        <translation>ポート 0 は使えません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="16"/>
        <location filename="../explorer/connection/profileproblems.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="25"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="39"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="57"/>
        <source>%1 holds no PEM RSA or EC private key (keys with a passphrase are not supported)</source>
        <translation>%1 に PEM 形式の RSA または EC 秘密鍵が含まれていません (パスフレーズ付きの鍵には対応していません)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="80"/>
        <source>a client certificate needs its key</source>
        <translation>クライアント証明書には対応する秘密鍵が必要です</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="82"/>
        <source>a key needs its client certificate</source>
        <translation>秘密鍵には対応するクライアント証明書が必要です</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="34"/>
        <source>must be between 0 and %1</source>
        <translation>0 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="46"/>
        <source>give the connection a name</source>
        <translation>接続に名前を付けてください</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="61"/>
        <source>MQTT 3.1.1 sends a password only with a user name</source>
        <translation>MQTT 3.1.1 ではユーザー名なしでパスワードを送信できません</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionTab</name>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="93"/>
        <source>Publish</source>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="94"/>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="95"/>
        <source>In flight</source>
        <translation>転送中</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="96"/>
        <source>Record / replay</source>
        <translation>記録 / 再生</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="221"/>
        <source>Connected to %1 as %2</source>
        <translation>%1 に %2 として接続しました</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="226"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="228"/>
        <source>Reconnecting to %1: %2</source>
        <translation>%1 に再接続しています: %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="230"/>
        <source>Disconnecting…</source>
        <translation>切断しています…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected</source>
        <translation>切断されました</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected: %1</source>
        <translation>切断されました: %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="247"/>
        <source>%1 (this connection&apos;s share of %2)</source>
        <translation>%1（%2 のうちこの接続の割り当て）</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="279"/>
        <source>%1: the oldest history (%Ln messages) was dropped to stay within this connection&apos;s share (%2) of %3</source>
        <translation>
            <numerusform>%1: この接続の割り当て（%3 のうち %2）に収めるため、最も古い履歴（%Ln 件のメッセージ）を破棄しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="327"/>
        <location filename="../explorer/app/connectiontab.cpp" line="332"/>
        <source>Delete retained messages</source>
        <translation>保持メッセージの削除</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="328"/>
        <source>No retained message is known at or below %1.</source>
        <translation>%1 とその配下に既知の保持メッセージはありません。</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="356"/>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="357"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="363"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="437"/>
        <source>Publish to this topic…</source>
        <translation>このトピックにパブリッシュ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="273"/>
        <source>The oldest history (%Ln messages) was dropped to stay within %1</source>
        <translation>
            <numerusform>%1 以内に収めるため、最も古い履歴 (%Ln 件のメッセージ) を破棄しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="243"/>
        <source>%Ln topics · history %1 of %2</source>
        <translation>
            <numerusform>トピック %Ln 件 · 履歴 %1 / %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="333"/>
        <source>Delete the retained messages of %n topics at and below %1 on the broker?

Every client loses them, not only this one.</source>
        <translation>
            <numerusform>ブローカー上の %1 とその配下にある %n 件のトピックの保持メッセージを削除しますか？

このクライアントだけでなく、すべてのクライアントから失われます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="344"/>
        <source>Deleted %n retained messages</source>
        <translation>
            <numerusform>保持メッセージを %n 件削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="345"/>
        <source>Deleted %n retained messages; %1 failed: %2</source>
        <translation>
            <numerusform>保持メッセージを %n 件削除しました。%1 件失敗: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="366"/>
        <source>Exported %n messages to %1</source>
        <translation>
            <numerusform>%n 件のメッセージを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="432"/>
        <source>Copy topic</source>
        <translation>トピックをコピー</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="434"/>
        <source>Copy subtree filter (%1)</source>
        <translation>サブツリーのフィルターをコピー (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="438"/>
        <source>Record this subtree…</source>
        <translation>このサブツリーを記録…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="442"/>
        <source>Export subtree…</source>
        <translation>サブツリーをエクスポート…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="444"/>
        <source>Delete retained messages…</source>
        <translation>保持メッセージを削除…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="446"/>
        <source>Remove from the tree</source>
        <translation>ツリーから除去</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::DiffView</name>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="41"/>
        <source>No earlier message on this topic to compare with</source>
        <translation>このトピックには比較できる以前のメッセージがありません</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="51"/>
        <source>No message selected</source>
        <translation>メッセージが選択されていません</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::FileField</name>
    <message>
        <location filename="../explorer/connection/filefield.cpp" line="19"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ImageView</name>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="37"/>
        <source>Not an image Qt can decode</source>
        <translation>Qt でデコードできる画像ではありません</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="38"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightTable</name>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="20"/>
        <source>unknown</source>
        <translation>不明</translation>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="90"/>
        <source>queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="92"/>
        <source>awaiting PUBACK</source>
        <translation>PUBACK 待ち</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="94"/>
        <source>awaiting PUBREC</source>
        <translation>PUBREC 待ち</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="96"/>
        <source>awaiting PUBCOMP</source>
        <translation>PUBCOMP 待ち</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="98"/>
        <source>awaiting PUBREL</source>
        <translation>PUBREL 待ち</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>out</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>in</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="124"/>
        <source>(restored, topic unknown)</source>
        <translation>（復元済み、トピック不明）</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="147"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="149"/>
        <source>Packet id</source>
        <translation>パケット ID</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="151"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="153"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="155"/>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="157"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="159"/>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="161"/>
        <source>Sends</source>
        <translation>送信回数</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightView</name>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>1 message in flight</source>
        <translation>転送中のメッセージ 1 件</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>%1 messages in flight</source>
        <translation>転送中のメッセージ %1 件</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="70"/>
        <source>%1 %2</source>
        <comment>in-flight summary: a count, then its stage&apos;s name</comment>
        <translation>%2 %1 件</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="75"/>
        <source>%1: %2</source>
        <comment>in-flight summary: the total, then the counts per stage</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="76"/>
        <source>, </source>
        <comment>in-flight summary: between counts per stage</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonPath</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="29"/>
        <location filename="../explorer/viewers/jsonpath.cpp" line="39"/>
        <source>Expected a key at position %1</source>
        <translation>位置 %1 にキーが必要です</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="47"/>
        <source>Unexpected &quot;%1&quot; at position %2</source>
        <translation>位置 %2 に予期しない「%1」があります</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="53"/>
        <source>The path ends with &quot;.&quot;</source>
        <translation>パスが「.」で終わっています</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="70"/>
        <source>Unterminated quoted key at position %1</source>
        <translation>位置 %1 の引用符付きキーが閉じられていません</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="80"/>
        <source>Expected an index or a quoted key at position %1</source>
        <translation>位置 %1 にインデックスまたは引用符付きキーが必要です</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="85"/>
        <source>Expected &quot;]&quot; at position %1</source>
        <translation>位置 %1 に「]」が必要です</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="96"/>
        <source>the document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="103"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="105"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="107"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="109"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="111"/>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="116"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="150"/>
        <source>%1 is %2, not an array</source>
        <translation>%1 は%2で、配列ではありません</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="155"/>
        <source>Index %1 is out of range: %2 has %3 elements</source>
        <translation>インデックス %1 は範囲外です: %2 の要素数は %3 です</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="165"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 は%2で、オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="171"/>
        <source>No key &quot;%1&quot; in %2</source>
        <translation>%2 にキー「%1」がありません</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonText</name>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="103"/>
        <source>The text is empty: no JSON value.</source>
        <translation>テキストが空です: JSON 値がありません。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="115"/>
        <source>More than one JSON value: a payload holds one.</source>
        <translation>JSON 値が複数あります: ペイロードに入れられるのは 1 つだけです。</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonTreeModel</name>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="35"/>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="37"/>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="39"/>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="41"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="43"/>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="45"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="196"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="198"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="200"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonView</name>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="29"/>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="30"/>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="31"/>
        <source>Pretty text</source>
        <translation>整形テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="33"/>
        <source>Show the document as indented text instead of a tree</source>
        <translation>ドキュメントをツリーではなくインデントされたテキストで表示</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="82"/>
        <source>Invalid JSON at byte offset %1 (line %2, column %3): %4</source>
        <translation>バイトオフセット %1 (%2 行 %3 列) の JSON が不正です: %4</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="155"/>
        <source>Plot %1 over time</source>
        <translation>%1 の推移をグラフ表示</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::KeychainSecretStore</name>
    <message>
        <location filename="../explorer/connection/keychainsecretstore.cpp" line="62"/>
        <source>the system keychain</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>システムのキーチェーン</translation>
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
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="64"/>
        <source>&amp;New connection…</source>
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="66"/>
        <source>Q&amp;uick connect…</source>
        <translation>クイック接続(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="69"/>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="74"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="78"/>
        <source>&amp;Close tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="87"/>
        <source>&amp;Topics</source>
        <translation>トピック(&amp;T)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="88"/>
        <source>&amp;Filter topics</source>
        <translation>トピックを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="100"/>
        <source>Select a topic in the tree first</source>
        <translation>先にツリーでトピックを選択してください</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="105"/>
        <source>&amp;Export selected subtree…</source>
        <translation>選択したサブツリーをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="109"/>
        <source>&amp;Delete retained messages of the selected subtree…</source>
        <translation>選択したサブツリーの保持メッセージを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="114"/>
        <source>&amp;Clear the tree</source>
        <translation>ツリーをクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="120"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="122"/>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="129"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="130"/>
        <source>&amp;About OhMqtt Explorer</source>
        <translation>OhMqtt Explorer について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="179"/>
        <source>Quick connect</source>
        <translation>クイック接続</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="180"/>
        <source>Broker address (mqtt://, mqtts://, ws://, wss:// or unix:):</source>
        <translation>ブローカーのアドレス (mqtt://、mqtts://、ws://、wss://、unix:):</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="204"/>
        <source>No connection — Connection ▸ New connection (Ctrl+N)</source>
        <translation>接続なし — 接続 ▸ 新しい接続 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="226"/>
        <source>The preferences could not be saved; they apply until the explorer quits</source>
        <translation>環境設定を保存できませんでした。エクスプローラーを終了するまで有効です</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="254"/>
        <source>About OhMqtt Explorer</source>
        <translation>OhMqtt Explorer について</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="255"/>
        <source>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;A fast MQTT 5.0 and 3.1.1 explorer built on the OhMqtt Qt library.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;OhMqtt Qt ライブラリで作られた、高速な MQTT 5.0 / 3.1.1 エクスプローラーです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MemorySecretStore</name>
    <message>
        <location filename="../explorer/connection/memorysecretstore.cpp" line="35"/>
        <source>memory</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>メモリ</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageDetail</name>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="40"/>
        <source>Copy topic</source>
        <translation>トピックをコピー</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="41"/>
        <source>Copy payload</source>
        <translation>ペイロードをコピー</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="42"/>
        <source>Edit in Publish</source>
        <translation>「パブリッシュ」で編集</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="43"/>
        <source>Publish Again</source>
        <translation>再パブリッシュ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="55"/>
        <source>Put this message into the publish panel: topic, payload, QoS, retain and properties, to change before sending</source>
        <translation>このメッセージ (トピック、ペイロード、QoS、保持、プロパティ) をパブリッシュパネルに入れ、送信前に変更できるようにします</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="58"/>
        <source>Publish this message again now, unchanged</source>
        <translation>このメッセージを変更せずに今すぐ再度パブリッシュします</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="107"/>
        <source>Diff</source>
        <translation>差分</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="108"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="109"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/messagedetail.cpp" line="222"/>
        <source>%Ln messages</source>
        <translation>
            <numerusform>メッセージ %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="260"/>
        <source>Copied the topic</source>
        <translation>トピックをコピーしました</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="275"/>
        <source>Copied %1 of payload</source>
        <translation>ペイロードをコピーしました (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageExport</name>
    <message>
        <location filename="../explorer/app/messageexport.cpp" line="125"/>
        <location filename="../explorer/app/messageexport.cpp" line="134"/>
        <source>%1: %2</source>
        <comment>file path, then the error</comment>
        <translation>%1: %2</translation>
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
        <translation>、保持</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="123"/>
        <source>, duplicate</source>
        <translation>、重複</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="137"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="139"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="141"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="143"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessagePropertiesView</name>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="31"/>
        <source>0 (at most once)</source>
        <translation>0 (最大 1 回)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="33"/>
        <source>1 (at least once)</source>
        <translation>1 (最低 1 回)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="35"/>
        <source>2 (exactly once)</source>
        <translation>2 (正確に 1 回)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="44"/>
        <source>Payload format indicator</source>
        <translation>ペイロード形式インジケーター</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="46"/>
        <source>Message expiry interval</source>
        <translation>メッセージ有効期限</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="48"/>
        <source>Topic alias</source>
        <translation>トピックエイリアス</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="50"/>
        <source>Response topic</source>
        <translation>レスポンストピック</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="52"/>
        <source>Correlation data</source>
        <translation>相関データ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="54"/>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="56"/>
        <source>Subscription identifier</source>
        <translation>サブスクリプション識別子</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="72"/>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="73"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="75"/>
        <source>(not UTF-8 text)</source>
        <translation>（UTF-8 テキストではありません）</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="83"/>
        <source>1 (UTF-8 text)</source>
        <translation>1 (UTF-8 テキスト)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="84"/>
        <source>%1 (unspecified bytes)</source>
        <translation>%1 (形式未指定のバイト列)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="86"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="110"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="111"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 プロパティ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="119"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="120"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="121"/>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="122"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="124"/>
        <source>Packet identifier</source>
        <translation>パケット識別子</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="125"/>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="128"/>
        <source>Payload size</source>
        <translation>ペイロードサイズ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="138"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="146"/>
        <source>User properties</source>
        <translation>ユーザープロパティ</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PasswordVault</name>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="52"/>
        <source>this build has no keychain support</source>
        <translation>このビルドはキーチェーンに対応していません</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="67"/>
        <source>Password saved in %1.</source>
        <translation>パスワードを%1に保存しました。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="80"/>
        <source>Password not saved: no keychain works (%1). Tick &quot;Store password in the settings file&quot; to keep it there, not encrypted.</source>
        <translation>パスワードは保存されていません: 使えるキーチェーンがありません (%1)。暗号化せずに保存するには「パスワードを設定ファイルに保存」をオンにしてください。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="91"/>
        <source>Password not saved: %1</source>
        <translation>パスワードは保存されていません: %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="97"/>
        <source>Password saved in %1, not encrypted (no keychain: %2).</source>
        <translation>パスワードを暗号化せずに%1に保存しました (キーチェーンなし: %2)。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="113"/>
        <source>Cannot read the keychain: %1</source>
        <translation>キーチェーンを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="144"/>
        <source>Cannot remove the password: %1</source>
        <translation>パスワードを削除できません: %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadDiff</name>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="86"/>
        <source>The payloads are identical</source>
        <translation>ペイロードは同一です</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="89"/>
        <source>Same JSON content; the bytes first differ at offset %1</source>
        <translation>JSON の内容は同じです。バイト列はオフセット %1 で初めて異なります</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="90"/>
        <source>Lines added: %1, removed: %2 (JSON, pretty-printed)</source>
        <translation>追加行: %1、削除行: %2 (JSON、整形済み)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="91"/>
        <source>Lines added: %1, removed: %2</source>
        <translation>追加行: %1、削除行: %2</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="94"/>
        <source>Payloads differ at byte offset %1 (a line diff stops at %2)</source>
        <translation>ペイロードはバイトオフセット %1 から異なります (行単位の比較は %2 まで)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="97"/>
        <source>Payloads differ at byte offset %1 (too many changes for a line diff)</source>
        <translation>ペイロードはバイトオフセット %1 から異なります (変更が多すぎて行単位で比較できません)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="100"/>
        <source>Payloads differ at byte offset %1 (binary, no line diff)</source>
        <translation>ペイロードはバイトオフセット %1 から異なります (バイナリのため行単位の比較なし)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadEditor</name>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="45"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="46"/>
        <source>Choose File…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="54"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="55"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="56"/>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="57"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="68"/>
        <source>Any bytes as hex digits in pairs, e.g. &quot;0a 1b ff&quot;</source>
        <translation>任意のバイトを 2 桁ずつの 16 進数で入力 (例: 「0a 1b ff」)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="73"/>
        <source>Indent the JSON text; keys keep their order</source>
        <translation>JSON テキストをインデントします (キーの順序は維持されます)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="134"/>
        <source>Payload as hex, e.g. 0a 1b ff</source>
        <translation>16 進数のペイロード (例: 0a 1b ff)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="135"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="146"/>
        <source>Longer than %1: too long to edit as hex.</source>
        <translation>%1 を超えています: 16 進数で編集するには長すぎます。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="162"/>
        <source>These bytes are not text the editor can hold exactly (invalid UTF-8, control characters or carriage returns): they stay in hex.</source>
        <translation>これらのバイトはエディターでそのまま保持できるテキストではありません (不正な UTF-8、制御文字、または復帰文字): 16 進数のままにします。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="249"/>
        <location filename="../explorer/publish/payloadeditor.cpp" line="256"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="251"/>
        <source>%1 is larger than an MQTT message can be (%2 bytes).</source>
        <translation>%1 は MQTT メッセージの上限 (%2 バイト) を超えています。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="277"/>
        <source>Choose the Payload File</source>
        <translation>ペイロードファイルの選択</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="316"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>%1 行 %2 列 (バイト %3) の JSON が不正です: %4</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="326"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>2 桁ずつの 16 進数を入力してください (例: 「0a 1b ff」)。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="329"/>
        <source>Choose a file to send.</source>
        <translation>送信するファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="337"/>
        <source>No file chosen</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="345"/>
        <source>The received payload — %Ln byte(s) (%1), sent as it came</source>
        <translation>
            <numerusform>受信したペイロード — %Ln バイト (%1)、受信したまま送信します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="347"/>
        <source>%1 — %Ln byte(s) (%2)</source>
        <translation>
            <numerusform>%1 — %Ln バイト (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadFormat</name>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="64"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="66"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="68"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="70"/>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="72"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="74"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="89"/>
        <source>1 byte</source>
        <translation>1 バイト</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="90"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadNumbers</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="190"/>
        <source>The payload is not a number; enter a JSON path</source>
        <translation>ペイロードが数値ではありません。JSON パスを入力してください</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="193"/>
        <source>The payload is too large to read as JSON</source>
        <translation>ペイロードが大きすぎて JSON として読み込めません</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="197"/>
        <source>The payload is not JSON: %1</source>
        <translation>ペイロードが JSON ではありません: %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="210"/>
        <source>%1 is %2, not a number</source>
        <translation>%1 は%2で、数値ではありません</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadPreview</name>
    <message>
        <location filename="../explorer/topics/payloadpreview.cpp" line="79"/>
        <source>&lt;%1 bytes binary&gt;</source>
        <translation>&lt;バイナリ %1 バイト&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadView</name>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="42"/>
        <source>How to show the payload</source>
        <translation>ペイロードの表示方法</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="121"/>
        <source>Auto (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PreferencesDialog</name>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="37"/>
        <source> messages</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="38"/>
        <source>How many of the latest messages of each topic are kept</source>
        <translation>各トピックで保持する最新メッセージの数</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="42"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="44"/>
        <source>Memory for the history of all open connections together</source>
        <translation>開いているすべての接続の履歴に使うメモリの合計</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="48"/>
        <source>The history keeps the latest messages of every topic for the message view and for exports.

The memory budget is shared by all open connections: each gets an even share, split again whenever a connection opens or closes. When a connection&apos;s history would outgrow its share, its oldest messages go first, whatever their topic, and the status bar says so. Lowering a limit drops messages at once.</source>
        <translation>履歴は、メッセージ表示とエクスポートのために各トピックの最新メッセージを保持します。

メモリ予算は開いているすべての接続で共有されます。各接続は均等な割り当てを受け、接続が開いたり閉じたりするたびに再配分されます。接続の履歴が割り当てを超えそうになると、トピックに関係なく最も古いメッセージから破棄され、ステータスバーに表示されます。上限を下げるとすぐにメッセージが破棄されます。</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="58"/>
        <source>&amp;History per topic:</source>
        <translation>トピックごとの履歴(&amp;H):</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="59"/>
        <source>&amp;Memory budget:</source>
        <translation>メモリ予算(&amp;M):</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="100"/>
        <source>One open connection may use all of it.</source>
        <translation>開いている接続が 1 つなら全量を使えます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/preferencesdialog.cpp" line="103"/>
        <source>%n open connections share it: %1 each.</source>
        <translation>
            <numerusform>開いている %n 個の接続で共有: 各 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ProfileEditor</name>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="33"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="34"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="35"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="36"/>
        <source>Last will</source>
        <translation>ラストウィル</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="37"/>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="61"/>
        <source>e.g. Home broker</source>
        <translation>例: 自宅のブローカー</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="63"/>
        <source>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</source>
        <translation>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="64"/>
        <source>generated at each connect</source>
        <translation>接続のたびに生成</translation>
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
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="72"/>
        <source>0: the session ends with the connection</source>
        <translation>0: 接続とともにセッションを終了</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="73"/>
        <source>none</source>
        <comment>connect timeout: no limit</comment>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="79"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="80"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="74"/>
        <source>never reconnect</source>
        <translation>再接続しない</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="86"/>
        <source>Used only when no system keychain works. Anyone who can read the settings file can read the password.</source>
        <translation>システムのキーチェーンが使えない場合にのみ使用します。設定ファイルを読める人は誰でもパスワードを読めます。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="92"/>
        <source>For mqtts:// and wss:// addresses. Without a CA file the system&apos;s certificate authorities are trusted.</source>
        <translation>mqtts:// と wss:// のアドレス用です。CA ファイルがない場合はシステムの認証局を信頼します。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="97"/>
        <source>the address&apos;s host</source>
        <translation>アドレスのホスト</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="99"/>
        <source>Accept any certificate the broker shows: anyone on the way can read and change the traffic. For tests only.</source>
        <translation>ブローカーが提示するどの証明書も受け入れます。経路上の誰でも通信を読み取り、改ざんできます。テスト専用です。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="109"/>
        <source>0 — at most once</source>
        <translation>0 — 最大 1 回</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="110"/>
        <source>1 — at least once</source>
        <translation>1 — 最低 1 回</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="111"/>
        <source>2 — exactly once</source>
        <translation>2 — 正確に 1 回</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="114"/>
        <source>0: at once</source>
        <translation>0: 即時</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="115"/>
        <source>0: never expires</source>
        <translation>0: 期限なし</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="127"/>
        <source>CONNECT properties (MQTT 5.0).</source>
        <translation>CONNECT プロパティ (MQTT 5.0)。</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="128"/>
        <source>not sent (65535)</source>
        <translation>送信しない (65535)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="129"/>
        <source>not sent (no limit)</source>
        <translation>送信しない (無制限)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="130"/>
        <source>0 (no aliases)</source>
        <translation>0 (エイリアスなし)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishHistoryModel</name>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="17"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="87"/>
        <source>Pending</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="81"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="109"/>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="89"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="91"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="103"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="105"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="107"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="111"/>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="113"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishOutcome</name>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="19"/>
        <source>Failed: %1 (reason code %2)</source>
        <translation>失敗: %1 (理由コード %2)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="23"/>
        <source>Pending</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="28"/>
        <source>Sent (QoS 0: the broker does not acknowledge)</source>
        <translation>送信済み (QoS 0: ブローカーは確認応答しません)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="30"/>
        <source>Acknowledged by PUBACK (%1)</source>
        <translation>PUBACK で確認済み (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="32"/>
        <source>Acknowledged by PUBCOMP (%1)</source>
        <translation>PUBCOMP で確認済み (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="34"/>
        <source>Acknowledged by PUBREC (%1)</source>
        <translation>PUBREC で確認済み (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPanel</name>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="69"/>
        <source>Topic, e.g. home/kitchen/light</source>
        <translation>トピック (例: home/kitchen/light)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="80"/>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="88"/>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="102"/>
        <source>Publish</source>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="104"/>
        <source>Publish the message (Ctrl+Return)</source>
        <translation>メッセージをパブリッシュ (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="115"/>
        <source>Topic:</source>
        <translation>トピック:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="145"/>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="147"/>
        <source>Publish the selected message again</source>
        <translation>選択したメッセージを再度パブリッシュ</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="151"/>
        <source>Sent messages:</source>
        <translation>送信済みメッセージ:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="221"/>
        <source>Cannot publish: the connection is shut down.</source>
        <translation>パブリッシュできません: 接続は終了しています。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="225"/>
        <location filename="../explorer/publish/publishpanel.cpp" line="262"/>
        <source>Invalid topic: %1</source>
        <translation>不正なトピック: %1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="275"/>
        <source>MQTT 5.0 properties</source>
        <translation>MQTT 5.0 プロパティ</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="276"/>
        <source>MQTT 5.0 properties (not sent: MQTT 3.1.1 connection)</source>
        <translation>MQTT 5.0 プロパティ (送信されません: MQTT 3.1.1 接続)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="294"/>
        <source>Publishing to %1…</source>
        <translation>%1 にパブリッシュしています…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="295"/>
        <source>Waiting for the connection to publish to %1…</source>
        <translation>%1 にパブリッシュするため接続を待っています…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPropertiesEditor</name>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="69"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="82"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="86"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="70"/>
        <source>0: unspecified bytes</source>
        <translation>0: 形式未指定のバイト列</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="71"/>
        <source>1: UTF-8 text</source>
        <translation>1: UTF-8 テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="74"/>
        <source>Not set: the message does not expire</source>
        <translation>未設定: メッセージは期限切れになりません</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="80"/>
        <source>Not set, e.g. application/json</source>
        <translation>未設定 (例: application/json)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="88"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="89"/>
        <source>Hex</source>
        <translation>16 進数</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="95"/>
        <source>Never</source>
        <translation>使用しない</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="96"/>
        <source>Try: use an alias while the broker allows more</source>
        <translation>試行: ブローカーが許す限りエイリアスを使用</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="98"/>
        <source>Always: fail when no alias is left</source>
        <translation>常に: 空きエイリアスがなければ失敗</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="107"/>
        <source>Payload format:</source>
        <translation>ペイロード形式:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="108"/>
        <source>Message expiry (s):</source>
        <translation>メッセージ有効期限 (秒):</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="110"/>
        <source>Content type:</source>
        <translation>コンテンツタイプ:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="111"/>
        <source>Response topic:</source>
        <translation>レスポンストピック:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="113"/>
        <source>Correlation data:</source>
        <translation>相関データ:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="115"/>
        <source>User properties:</source>
        <translation>ユーザープロパティ:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="116"/>
        <source>Topic alias:</source>
        <translation>トピックエイリアス:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="180"/>
        <source>At most %1 seconds.</source>
        <translation>最大 %1 秒です。</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="187"/>
        <source>Invalid response topic: %1</source>
        <translation>不正なレスポンストピック: %1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="192"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>2 桁ずつの 16 進数を入力してください (例: 「0a 1b ff」)。</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RecordPanel</name>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="40"/>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="44"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <location filename="../explorer/record/recordpanel.cpp" line="169"/>
        <source>Replay</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="57"/>
        <source>1× (as recorded)</source>
        <translation>1× (記録どおり)</translation>
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
        <translation>最高速</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="63"/>
        <location filename="../explorer/record/recordpanel.cpp" line="64"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="68"/>
        <source>Record</source>
        <comment>section title</comment>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="70"/>
        <source>Topic filter:</source>
        <translation>トピックフィルター:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="71"/>
        <location filename="../explorer/record/recordpanel.cpp" line="76"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="74"/>
        <source>Replay through this connection</source>
        <translation>この接続で再生</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="77"/>
        <source>Speed:</source>
        <translation>速度:</translation>
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
            <numerusform>%Ln 件のメッセージを記録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="111"/>
        <source>Replayed %Ln messages</source>
        <translation>
            <numerusform>%Ln 件のメッセージを再生しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="112"/>
        <source>Replayed %Ln messages, %1 failed</source>
        <translation>
            <numerusform>%Ln 件のメッセージを再生しました (%1 件失敗)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="129"/>
        <source>Recorded %Ln messages to %1</source>
        <translation>
            <numerusform>%Ln 件のメッセージを %1 に記録しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="149"/>
        <source>Stopped after %1 of %n messages</source>
        <translation>
            <numerusform>%n 件中 %1 件で停止しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="160"/>
        <source>Replaying %Ln messages…</source>
        <translation>
            <numerusform>%Ln 件のメッセージを再生しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="166"/>
        <source>OhMqtt recordings (*.jsonl);;All files (*)</source>
        <translation>OhMqtt 記録ファイル (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="168"/>
        <source>Record to</source>
        <translation>記録先</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recorder</name>
    <message>
        <location filename="../explorer/record/recorder.cpp" line="56"/>
        <location filename="../explorer/record/recorder.cpp" line="91"/>
        <location filename="../explorer/record/recorder.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recording</name>
    <message>
        <location filename="../explorer/record/recording.cpp" line="131"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="149"/>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="150"/>
        <source>invalid JSON at column %1: %2</source>
        <translation>%1 列目の JSON が不正です: %2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="159"/>
        <source>field &apos;format&apos;: not an OhMqtt recording</source>
        <translation>フィールド「format」: OhMqtt の記録ではありません</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="165"/>
        <source>field &apos;version&apos;: version %1 is not supported</source>
        <translation>フィールド「version」: バージョン %1 には対応していません</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="176"/>
        <source>field &apos;%1&apos; is missing or invalid</source>
        <translation>フィールド「%1」がないか不正です</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="183"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="192"/>
        <location filename="../explorer/record/recording.cpp" line="199"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RowView</name>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="49"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="52"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="54"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="177"/>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SettingsSecretStore</name>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="25"/>
        <source>the settings file</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="53"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionDialog</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="42"/>
        <source>No local: not the messages this connection publishes</source>
        <translation>No Local: この接続がパブリッシュしたメッセージを受信しない</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="43"/>
        <source>Retain as published</source>
        <translation>パブリッシュ時の保持フラグを維持 (Retain As Published)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="49"/>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="52"/>
        <source>e.g. home/+/temperature or sensors/#</source>
        <translation>例: home/+/temperature、sensors/#</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="55"/>
        <source>Not shared</source>
        <translation>共有しない</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="56"/>
        <source>Subscribe to $share/&lt;name&gt;/&lt;filter&gt;: the broker hands each message to one of the subscribers sharing the name</source>
        <translation>$share/&lt;name&gt;/&lt;filter&gt; をサブスクライブします。ブローカーは各メッセージを、この名前を共有するサブスクライバーのうち 1 つにだけ配信します</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="72"/>
        <source>Keep the RETAIN flag the publisher set, also on messages that are not sent because of this subscription</source>
        <translation>パブリッシャーが設定した RETAIN フラグを維持します。このサブスクリプションによる送信ではないメッセージにも適用されます</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="75"/>
        <source>Send retained messages at subscribe</source>
        <translation>サブスクライブ時に保持メッセージを送信</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="77"/>
        <source>Send retained messages only if the subscription is new</source>
        <translation>新しいサブスクリプションの場合のみ保持メッセージを送信</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="79"/>
        <source>Never send retained messages</source>
        <translation>保持メッセージを送信しない</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="82"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="85"/>
        <source>The broker does not support them</source>
        <translation>ブローカーがサブスクリプション識別子に対応していません</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="91"/>
        <source>Retain handling:</source>
        <translation>保持メッセージの扱い:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="92"/>
        <source>Subscription identifier:</source>
        <translation>サブスクリプション識別子:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="93"/>
        <source>User properties:</source>
        <translation>ユーザープロパティ:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="97"/>
        <source>MQTT 5.0 options</source>
        <translation>MQTT 5.0 オプション</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="98"/>
        <source>MQTT 5.0 options (not available: MQTT 3.1.1 connection)</source>
        <translation>MQTT 5.0 オプション (使用不可: MQTT 3.1.1 接続)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="103"/>
        <source>Topic filter:</source>
        <translation>トピックフィルター:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="105"/>
        <source>Share name:</source>
        <translation>共有名:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="107"/>
        <source>Maximum QoS:</source>
        <translation>最大 QoS:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="186"/>
        <source>The share name is given twice: in the filter and below it.</source>
        <translation>共有名が 2 回指定されています (フィルター内とその下の欄)。</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="189"/>
        <source>Invalid topic filter: %1</source>
        <translation>不正なトピックフィルター: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="196"/>
        <source>Invalid share name: %1</source>
        <translation>不正な共有名: %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsModel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="198"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="210"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="212"/>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="214"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="216"/>
        <source>Granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="218"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="220"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="229"/>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="231"/>
        <source>retain as published</source>
        <translation>保持フラグを維持</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="236"/>
        <source>retained: only if new</source>
        <translation>保持メッセージ: 新規時のみ</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="239"/>
        <source>retained: never</source>
        <translation>保持メッセージ: 送信しない</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="243"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="245"/>
        <source>user properties: %1</source>
        <translation>ユーザープロパティ: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="246"/>
        <source>, </source>
        <comment>between the parts of a subscription&apos;s options summary</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="253"/>
        <source>Unsubscribed</source>
        <translation>サブスクライブ解除</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="255"/>
        <source>Pending</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="257"/>
        <source>Subscribed</source>
        <translation>サブスクライブ済み</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="259"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsPanel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="24"/>
        <source>All topics (#)</source>
        <translation>すべてのトピック (#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="25"/>
        <source>Broker statistics ($SYS/#)</source>
        <translation>ブローカー統計 ($SYS/#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="27"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="28"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="29"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicBrowser</name>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="24"/>
        <source>Filter: text or topic filter such as sensors/+/temp</source>
        <translation>フィルター: テキスト、または sensors/+/temp のようなトピックフィルター</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="26"/>
        <source>Text matches topics and values, ignoring case. Text with + or # that is a valid topic filter matches topics as a subscription would.</source>
        <translation>テキストは大文字と小文字を区別せずにトピックと値に一致します。+ や # を含み、有効なトピックフィルターになっているテキストは、サブスクリプションと同じ規則でトピックに一致します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/topics/topicbrowser.cpp" line="133"/>
        <source>%Ln topics, %1 shown</source>
        <translation>
            <numerusform>トピック %Ln 件、%1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="136"/>
        <source>%1 (topic filter)</source>
        <translation>%1 (トピックフィルター)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicTreeModel</name>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="142"/>
        <source>Messages per second to this topic, averaged over the last seconds</source>
        <translation>このトピックへの毎秒のメッセージ数 (直近数秒の平均)</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="144"/>
        <source>Topics below this level</source>
        <translation>この階層より下のトピック</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="146"/>
        <source>Messages to the topics below this level</source>
        <translation>この階層より下のトピックへのメッセージ</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="155"/>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="157"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="159"/>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="161"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="163"/>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="165"/>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="167"/>
        <source>Last</source>
        <translation>最終受信</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="169"/>
        <source>Topics below</source>
        <translation>配下のトピック</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="171"/>
        <source>Messages below</source>
        <translation>配下のメッセージ</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="182"/>
        <source>(empty level)</source>
        <translation>（空の階層）</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="186"/>
        <source>yes</source>
        <translation>はい</translation>
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
        <translation>受信 %1 件/秒 (%2/秒) · 送信 %3 件/秒 (%4/秒)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::UserPropertiesEditor</name>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="46"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="47"/>
        <source>Add a user property</source>
        <translation>ユーザープロパティを追加</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="49"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="50"/>
        <source>Remove the selected user properties</source>
        <translation>選択したユーザープロパティを削除</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ValueChart</name>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="27"/>
        <source>JSON path, e.g. temperature or data.values[0]; empty for numeric payloads</source>
        <translation>JSON パス (例: temperature、data.values[0])。数値のペイロードでは空欄</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="44"/>
        <source>Received</source>
        <translation>受信時刻</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="123"/>
        <source>Invalid path: %1</source>
        <translation>不正なパス: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/valuechart.cpp" line="126"/>
        <source>%n of %1 messages have no number here: %2</source>
        <translation>
            <numerusform>%1 件中 %n 件のメッセージはここに数値がありません: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../explorer/main.cpp" line="34"/>
        <source>The OhMqtt MQTT explorer.</source>
        <translation>OhMqtt の MQTT エクスプローラー。</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="38"/>
        <source>Connect to this broker at start.</source>
        <translation>起動時にこのブローカーに接続します。</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="43"/>
        <source>Save screenshots, then quit.</source>
        <translation>スクリーンショットを保存して終了します。</translation>
    </message>
</context>
</TS>
