<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OhMqttExplorer::ConnectionDialog</name>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="33"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="55"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="57"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="59"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="79"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="82"/>
        <location filename="../explorer/connection/connectiondialog.cpp" line="271"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="84"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="124"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="173"/>
        <source>Reading the password…</source>
        <translation>Passwort wird gelesen…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="221"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="232"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="246"/>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="247"/>
        <source>Remove &quot;%1&quot; and its saved password?</source>
        <translation>„%1“ und das gespeicherte Passwort entfernen?</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="272"/>
        <source>Cannot write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="285"/>
        <source>Saving the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectiondialog.cpp" line="322"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/connection/connectiondialog.cpp" line="323"/>
        <source>%n connection(s) have unsaved changes. Close and drop them?</source>
        <translation>
            <numerusform>%n Verbindung hat ungespeicherte Änderungen. Trotzdem schließen und die Änderungen verwerfen?</numerusform>
            <numerusform>%n Verbindungen haben ungespeicherte Änderungen. Trotzdem schließen und die Änderungen verwerfen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionProfile</name>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="22"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="24"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="26"/>
        <source>MQTT version</source>
        <translation>MQTT-Version</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="28"/>
        <source>Clean start</source>
        <translation>Clean Start</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="30"/>
        <source>Keep alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="32"/>
        <source>Session expiry</source>
        <translation>Session-Ablauf</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="34"/>
        <source>Connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="36"/>
        <source>Reconnect delay</source>
        <translation>Wartezeit bis zur Neuverbindung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="38"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="40"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="42"/>
        <source>Store password in the settings file (not encrypted)</source>
        <translation>Passwort in der Einstellungsdatei speichern (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="45"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="47"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="49"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="51"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="53"/>
        <source>Insecure: skip certificate verification</source>
        <translation>Unsicher: Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="56"/>
        <source>Send a last will</source>
        <translation>Letzten Willen senden</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="58"/>
        <source>Will topic</source>
        <translation>Will-Topic</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="60"/>
        <source>Will payload</source>
        <translation>Will-Payload</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="62"/>
        <source>Will QoS</source>
        <translation>Will-QoS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="64"/>
        <source>Will retain</source>
        <translation>Will-Retain</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="66"/>
        <source>Will delay</source>
        <translation>Will-Verzögerung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="68"/>
        <source>Will message expiry</source>
        <translation>Ablauf der Will-Nachricht</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="70"/>
        <source>Will payload is UTF-8 text</source>
        <translation>Will-Payload ist UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="72"/>
        <source>Will content type</source>
        <translation>Will-Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="74"/>
        <source>Will response topic</source>
        <translation>Will-Antwort-Topic</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="76"/>
        <source>Will correlation data</source>
        <translation>Will-Korrelationsdaten</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="78"/>
        <source>Will user properties</source>
        <translation>Will-Benutzereigenschaften</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="80"/>
        <source>Receive maximum</source>
        <translation>Empfangsmaximum</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="82"/>
        <source>Maximum packet size</source>
        <translation>Maximale Paketgröße</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="84"/>
        <source>Topic alias maximum</source>
        <translation>Topic-Alias-Maximum</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="86"/>
        <source>Request response information</source>
        <translation>Antwortinformationen anfordern</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="88"/>
        <source>Request problem information</source>
        <translation>Probleminformationen anfordern</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="90"/>
        <source>User properties</source>
        <translation>Benutzereigenschaften</translation>
    </message>
    <message>
        <location filename="../explorer/connection/connectionprofile.cpp" line="99"/>
        <source>Local broker</source>
        <translation>Lokaler Broker</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="25"/>
        <source>unix: takes a path (unix:/path), not a host</source>
        <translation>unix: erwartet einen Pfad (unix:/pfad), keinen Host</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="29"/>
        <source>no socket path after unix:</source>
        <translation>kein Socket-Pfad nach unix:</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="31"/>
        <source>the socket path names a directory</source>
        <translation>der Socket-Pfad bezeichnet ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="41"/>
        <source>enter the broker&apos;s address, e.g. mqtt://127.0.0.1:1883</source>
        <translation>Adresse des Brokers eingeben, z. B. mqtt://127.0.0.1:1883</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="48"/>
        <source>unknown scheme &apos;%1&apos; (mqtt, mqtts, ws, wss or unix)</source>
        <translation>unbekanntes Schema „%1“ (mqtt, mqtts, ws, wss oder unix)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="55"/>
        <source>no host</source>
        <translation>Host fehlt</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="57"/>
        <source>put the user name and password in the Authentication fields</source>
        <translation>Benutzername und Passwort gehören in die Felder unter „Authentifizierung“</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="59"/>
        <source>a query or fragment has no meaning here</source>
        <translation>eine Query oder ein Fragment hat hier keine Bedeutung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="61"/>
        <source>a path has no meaning for %1://</source>
        <translation>ein Pfad hat für %1:// keine Bedeutung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/brokeraddresscheck.cpp" line="63"/>
        <source>port 0</source>
        <translation>Port 0 ist nicht zulässig</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="39"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="57"/>
        <source>%1 holds no PEM RSA or EC private key (keys with a passphrase are not supported)</source>
        <translation>%1 enthält keinen privaten RSA- oder EC-Schlüssel im PEM-Format (Schlüssel mit Passphrase werden nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="80"/>
        <source>a client certificate needs its key</source>
        <translation>ein Client-Zertifikat braucht seinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../explorer/connection/tlsfiles.cpp" line="82"/>
        <source>a key needs its client certificate</source>
        <translation>ein Schlüssel braucht sein Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="34"/>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="46"/>
        <source>give the connection a name</source>
        <translation>bitte der Verbindung einen Namen geben</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileproblems.cpp" line="61"/>
        <source>MQTT 3.1.1 sends a password only with a user name</source>
        <translation>MQTT 3.1.1 sendet ein Passwort nur zusammen mit einem Benutzernamen</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionTab</name>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="93"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="94"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="95"/>
        <source>In flight</source>
        <translation>In Übertragung</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="96"/>
        <source>Record / replay</source>
        <translation>Aufzeichnen / Abspielen</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="221"/>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="226"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="228"/>
        <source>Reconnecting to %1: %2</source>
        <translation>Neuverbindung mit %1: %2</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="230"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="236"/>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="247"/>
        <source>%1 (this connection&apos;s share of %2)</source>
        <translation>%1 (Anteil dieser Verbindung an %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="279"/>
        <source>%1: the oldest history (%Ln messages) was dropped to stay within this connection&apos;s share (%2) of %3</source>
        <translation>
            <numerusform>%1: der älteste Verlauf (%Ln Nachricht) wurde verworfen, um im Anteil dieser Verbindung (%2) an %3 zu bleiben</numerusform>
            <numerusform>%1: der älteste Verlauf (%Ln Nachrichten) wurde verworfen, um im Anteil dieser Verbindung (%2) an %3 zu bleiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="327"/>
        <location filename="../explorer/app/connectiontab.cpp" line="332"/>
        <source>Delete retained messages</source>
        <translation>Retained-Nachrichten löschen</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="328"/>
        <source>No retained message is known at or below %1.</source>
        <translation>In %1 und darunter ist keine Retained-Nachricht bekannt.</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="356"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="357"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="363"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="437"/>
        <source>Publish to this topic…</source>
        <translation>An dieses Topic veröffentlichen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="273"/>
        <source>The oldest history (%Ln messages) was dropped to stay within %1</source>
        <translation>
            <numerusform>Der älteste Verlauf (%Ln Nachricht) wurde verworfen, um unter %1 zu bleiben</numerusform>
            <numerusform>Der älteste Verlauf (%Ln Nachrichten) wurde verworfen, um unter %1 zu bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="243"/>
        <source>%Ln topics · history %1 of %2</source>
        <translation>
            <numerusform>%Ln Topic · Verlauf %1 von %2</numerusform>
            <numerusform>%Ln Topics · Verlauf %1 von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="333"/>
        <source>Delete the retained messages of %n topics at and below %1 on the broker?

Every client loses them, not only this one.</source>
        <translation>
            <numerusform>Die Retained-Nachricht von %n Topic in %1 und darunter auf dem Broker löschen?

Sie geht für alle Clients verloren, nicht nur für diesen.</numerusform>
            <numerusform>Die Retained-Nachrichten von %n Topics in %1 und darunter auf dem Broker löschen?

Sie gehen für alle Clients verloren, nicht nur für diesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="344"/>
        <source>Deleted %n retained messages</source>
        <translation>
            <numerusform>%n Retained-Nachricht gelöscht</numerusform>
            <numerusform>%n Retained-Nachrichten gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="345"/>
        <source>Deleted %n retained messages; %1 failed: %2</source>
        <translation>
            <numerusform>%n Retained-Nachricht gelöscht; %1 fehlgeschlagen: %2</numerusform>
            <numerusform>%n Retained-Nachrichten gelöscht; %1 fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="366"/>
        <source>Exported %n messages to %1</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="432"/>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="434"/>
        <source>Copy subtree filter (%1)</source>
        <translation>Teilbaum-Filter kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="438"/>
        <source>Record this subtree…</source>
        <translation>Diesen Teilbaum aufzeichnen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="442"/>
        <source>Export subtree…</source>
        <translation>Teilbaum exportieren…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="444"/>
        <source>Delete retained messages…</source>
        <translation>Retained-Nachrichten löschen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="446"/>
        <source>Remove from the tree</source>
        <translation>Aus dem Baum entfernen</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::DiffView</name>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="41"/>
        <source>No earlier message on this topic to compare with</source>
        <translation>Keine frühere Nachricht auf diesem Topic zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/diffview.cpp" line="51"/>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::FileField</name>
    <message>
        <location filename="../explorer/connection/filefield.cpp" line="19"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ImageView</name>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="37"/>
        <source>Not an image Qt can decode</source>
        <translation>Kein Bild, das Qt dekodieren kann</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/imageview.cpp" line="38"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightTable</name>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="20"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="22"/>
        <location filename="../explorer/inflight/inflighttable.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="25"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="90"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="92"/>
        <source>awaiting PUBACK</source>
        <translation>PUBACK ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="94"/>
        <source>awaiting PUBREC</source>
        <translation>PUBREC ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="96"/>
        <source>awaiting PUBCOMP</source>
        <translation>PUBCOMP ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="98"/>
        <source>awaiting PUBREL</source>
        <translation>PUBREL ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="120"/>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="124"/>
        <source>(restored, topic unknown)</source>
        <translation>(wiederhergestellt, Topic unbekannt)</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="147"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="149"/>
        <source>Packet id</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="151"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="153"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="155"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="157"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="159"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="161"/>
        <source>Sends</source>
        <translation>Übertragungen</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightView</name>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>1 message in flight</source>
        <translation>1 Nachricht in Übertragung</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>%1 messages in flight</source>
        <translation>%1 Nachrichten in Übertragung</translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="70"/>
        <source>%1 %2</source>
        <comment>in-flight summary: a count, then its stage&apos;s name</comment>
        <translation>%1 %2</translation>
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
        <translation>, </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonPath</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="29"/>
        <location filename="../explorer/viewers/jsonpath.cpp" line="39"/>
        <source>Expected a key at position %1</source>
        <translation>Schlüssel an Position %1 erwartet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="47"/>
        <source>Unexpected &quot;%1&quot; at position %2</source>
        <translation>Unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="53"/>
        <source>The path ends with &quot;.&quot;</source>
        <translation>Der Pfad endet mit „.“</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="70"/>
        <source>Unterminated quoted key at position %1</source>
        <translation>Nicht abgeschlossener Schlüssel in Anführungszeichen an Position %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="80"/>
        <source>Expected an index or a quoted key at position %1</source>
        <translation>Index oder Schlüssel in Anführungszeichen an Position %1 erwartet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="85"/>
        <source>Expected &quot;]&quot; at position %1</source>
        <translation>„]“ an Position %1 erwartet</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="96"/>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="103"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="105"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="107"/>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="109"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="111"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="116"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="150"/>
        <source>%1 is %2, not an array</source>
        <translation>%1 ist %2, kein Array</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="155"/>
        <source>Index %1 is out of range: %2 has %3 elements</source>
        <translation>Index %1 liegt außerhalb des Bereichs: %2 hat %3 Elemente</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="165"/>
        <source>%1 is %2, not an object</source>
        <translation>%1 ist %2, kein Objekt</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="171"/>
        <source>No key &quot;%1&quot; in %2</source>
        <translation>%2 hat keinen Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonText</name>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="103"/>
        <source>The text is empty: no JSON value.</source>
        <translation>Der Text ist leer: kein JSON-Wert.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/jsontext.cpp" line="115"/>
        <source>More than one JSON value: a payload holds one.</source>
        <translation>Mehr als ein JSON-Wert: Eine Payload enthält genau einen.</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonTreeModel</name>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="35"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="37"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="39"/>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="41"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="43"/>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="45"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="196"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="198"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsontreemodel.cpp" line="200"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::JsonView</name>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="29"/>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="30"/>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="31"/>
        <source>Pretty text</source>
        <translation>Formatierter Text</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="33"/>
        <source>Show the document as indented text instead of a tree</source>
        <translation>Das Dokument als eingerückten Text statt als Baum anzeigen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="82"/>
        <source>Invalid JSON at byte offset %1 (line %2, column %3): %4</source>
        <translation>Ungültiges JSON bei Byte-Offset %1 (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonview.cpp" line="155"/>
        <source>Plot %1 over time</source>
        <translation>%1 im Zeitverlauf darstellen</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::KeychainSecretStore</name>
    <message>
        <location filename="../explorer/connection/keychainsecretstore.cpp" line="62"/>
        <source>the system keychain</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>im System-Schlüsselbund</translation>
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
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="64"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="66"/>
        <source>Q&amp;uick connect…</source>
        <translation>&amp;Schnellverbindung…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="69"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="74"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="78"/>
        <source>&amp;Close tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="87"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="88"/>
        <source>&amp;Filter topics</source>
        <translation>Topics &amp;filtern</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="100"/>
        <source>Select a topic in the tree first</source>
        <translation>Wählen Sie zuerst ein Topic im Baum aus</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="105"/>
        <source>&amp;Export selected subtree…</source>
        <translation>Ausgewählten Teilbaum &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="109"/>
        <source>&amp;Delete retained messages of the selected subtree…</source>
        <translation>Retained-Nachrichten des ausgewählten Teilbaums &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="114"/>
        <source>&amp;Clear the tree</source>
        <translation>&amp;Baum leeren</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="120"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="122"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="129"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="130"/>
        <source>&amp;About OhMqtt Explorer</source>
        <translation>Ü&amp;ber OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="179"/>
        <source>Quick connect</source>
        <translation>Schnellverbindung</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="180"/>
        <source>Broker address (mqtt://, mqtts://, ws://, wss:// or unix:):</source>
        <translation>Broker-Adresse (mqtt://, mqtts://, ws://, wss:// oder unix:):</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="204"/>
        <source>No connection — Connection ▸ New connection (Ctrl+N)</source>
        <translation>Keine Verbindung — Verbindung ▸ Neue Verbindung (Strg+N)</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="226"/>
        <source>The preferences could not be saved; they apply until the explorer quits</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden; sie gelten, bis der Explorer beendet wird</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="254"/>
        <source>About OhMqtt Explorer</source>
        <translation>Über OhMqtt Explorer</translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="255"/>
        <source>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;A fast MQTT 5.0 and 3.1.1 explorer built on the OhMqtt Qt library.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;Ein schneller Explorer für MQTT 5.0 und 3.1.1, gebaut auf der Qt-Bibliothek OhMqtt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MemorySecretStore</name>
    <message>
        <location filename="../explorer/connection/memorysecretstore.cpp" line="35"/>
        <source>memory</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>im Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageDetail</name>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="40"/>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="41"/>
        <source>Copy payload</source>
        <translation>Payload kopieren</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="42"/>
        <source>Edit in Publish</source>
        <translation>In „Veröffentlichen“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="43"/>
        <source>Publish Again</source>
        <translation>Erneut veröffentlichen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="55"/>
        <source>Put this message into the publish panel: topic, payload, QoS, retain and properties, to change before sending</source>
        <translation>Diese Nachricht in den Bereich „Veröffentlichen“ übernehmen (Topic, Payload, QoS, Retain und Eigenschaften), um sie vor dem Senden zu ändern</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="58"/>
        <source>Publish this message again now, unchanged</source>
        <translation>Diese Nachricht jetzt unverändert erneut veröffentlichen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="107"/>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="108"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="109"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/messagedetail.cpp" line="222"/>
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="260"/>
        <source>Copied the topic</source>
        <translation>Topic kopiert</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagedetail.cpp" line="275"/>
        <source>Copied %1 of payload</source>
        <translation>Payload kopiert (%1)</translation>
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
        <translation>, Retained</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="123"/>
        <source>, duplicate</source>
        <translation>, Duplikat</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="137"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="139"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="141"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagehistorymodel.cpp" line="143"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessagePropertiesView</name>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="24"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="31"/>
        <source>0 (at most once)</source>
        <translation>0 (höchstens einmal)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="33"/>
        <source>1 (at least once)</source>
        <translation>1 (mindestens einmal)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="35"/>
        <source>2 (exactly once)</source>
        <translation>2 (genau einmal)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="44"/>
        <source>Payload format indicator</source>
        <translation>Payload-Formatindikator</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="46"/>
        <source>Message expiry interval</source>
        <translation>Nachrichtenablaufintervall</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="48"/>
        <source>Topic alias</source>
        <translation>Topic-Alias</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="50"/>
        <source>Response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="52"/>
        <source>Correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="54"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="56"/>
        <source>Subscription identifier</source>
        <translation>Abonnement-Kennung</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="72"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="73"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="75"/>
        <source>(not UTF-8 text)</source>
        <translation>(kein UTF-8-Text)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="83"/>
        <source>1 (UTF-8 text)</source>
        <translation>1 (UTF-8-Text)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="84"/>
        <source>%1 (unspecified bytes)</source>
        <translation>%1 (unbestimmte Bytes)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="86"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="98"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="110"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="111"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="119"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="120"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="121"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="122"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="124"/>
        <source>Packet identifier</source>
        <translation>Paketkennung</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="125"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="128"/>
        <source>Payload size</source>
        <translation>Payload-Größe</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="138"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/messagepropertiesview.cpp" line="146"/>
        <source>User properties</source>
        <translation>Benutzereigenschaften</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PasswordVault</name>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="52"/>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="67"/>
        <source>Password saved in %1.</source>
        <translation>Passwort %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="80"/>
        <source>Password not saved: no keychain works (%1). Tick &quot;Store password in the settings file&quot; to keep it there, not encrypted.</source>
        <translation>Passwort nicht gespeichert: Kein Schlüsselbund funktioniert (%1). Wählen Sie „Passwort in der Einstellungsdatei speichern“, um es unverschlüsselt dort abzulegen.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="91"/>
        <source>Password not saved: %1</source>
        <translation>Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="97"/>
        <source>Password saved in %1, not encrypted (no keychain: %2).</source>
        <translation>Passwort unverschlüsselt %1 gespeichert (kein Schlüsselbund: %2).</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="113"/>
        <source>Cannot read the keychain: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../explorer/connection/passwordvault.cpp" line="144"/>
        <source>Cannot remove the password: %1</source>
        <translation>Das Passwort kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadDiff</name>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="86"/>
        <source>The payloads are identical</source>
        <translation>Die Payloads sind identisch</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="89"/>
        <source>Same JSON content; the bytes first differ at offset %1</source>
        <translation>Gleicher JSON-Inhalt; die Bytes unterscheiden sich erstmals bei Offset %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="90"/>
        <source>Lines added: %1, removed: %2 (JSON, pretty-printed)</source>
        <translation>Zeilen hinzugefügt: %1, entfernt: %2 (JSON, formatiert)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="91"/>
        <source>Lines added: %1, removed: %2</source>
        <translation>Zeilen hinzugefügt: %1, entfernt: %2</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="94"/>
        <source>Payloads differ at byte offset %1 (a line diff stops at %2)</source>
        <translation>Die Payloads unterscheiden sich ab Byte-Offset %1 (ein Zeilenvergleich endet bei %2)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="97"/>
        <source>Payloads differ at byte offset %1 (too many changes for a line diff)</source>
        <translation>Die Payloads unterscheiden sich ab Byte-Offset %1 (zu viele Änderungen für einen Zeilenvergleich)</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloaddiff.cpp" line="100"/>
        <source>Payloads differ at byte offset %1 (binary, no line diff)</source>
        <translation>Die Payloads unterscheiden sich ab Byte-Offset %1 (binär, kein Zeilenvergleich)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadEditor</name>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="45"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="46"/>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="54"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="55"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="56"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="57"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="68"/>
        <source>Any bytes as hex digits in pairs, e.g. &quot;0a 1b ff&quot;</source>
        <translation>Beliebige Bytes als Hex-Ziffern in Paaren, z. B. „0a 1b ff“</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="73"/>
        <source>Indent the JSON text; keys keep their order</source>
        <translation>JSON-Text einrücken; die Reihenfolge der Schlüssel bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="134"/>
        <source>Payload as hex, e.g. 0a 1b ff</source>
        <translation>Payload als Hex, z. B. 0a 1b ff</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="135"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="146"/>
        <source>Longer than %1: too long to edit as hex.</source>
        <translation>Länger als %1: zu lang, um als Hex bearbeitet zu werden.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="162"/>
        <source>These bytes are not text the editor can hold exactly (invalid UTF-8, control characters or carriage returns): they stay in hex.</source>
        <translation>Diese Bytes sind kein Text, den der Editor unverändert halten kann (ungültiges UTF-8, Steuerzeichen oder Wagenrückläufe): Sie bleiben in Hex.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="249"/>
        <location filename="../explorer/publish/payloadeditor.cpp" line="256"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="251"/>
        <source>%1 is larger than an MQTT message can be (%2 bytes).</source>
        <translation>%1 ist größer, als eine MQTT-Nachricht sein darf (%2 Bytes).</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="277"/>
        <source>Choose the Payload File</source>
        <translation>Payload-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="316"/>
        <source>Invalid JSON at line %1, column %2 (byte %3): %4</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="326"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>Erwartet werden Hex-Ziffern in Paaren, z. B. „0a 1b ff“.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="329"/>
        <source>Choose a file to send.</source>
        <translation>Wählen Sie eine Datei zum Senden aus.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/payloadeditor.cpp" line="337"/>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="345"/>
        <source>The received payload — %Ln byte(s) (%1), sent as it came</source>
        <translation>
            <numerusform>Die empfangene Payload — %Ln Byte (%1), wird unverändert gesendet</numerusform>
            <numerusform>Die empfangene Payload — %Ln Bytes (%1), wird unverändert gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="347"/>
        <source>%1 — %Ln byte(s) (%2)</source>
        <translation>
            <numerusform>%1 — %Ln Byte (%2)</numerusform>
            <numerusform>%1 — %Ln Bytes (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadFormat</name>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="64"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="66"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="68"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="70"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="72"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="74"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="89"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadformat.cpp" line="90"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadNumbers</name>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="190"/>
        <source>The payload is not a number; enter a JSON path</source>
        <translation>Die Payload ist keine Zahl; geben Sie einen JSON-Pfad ein</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="193"/>
        <source>The payload is too large to read as JSON</source>
        <translation>Die Payload ist zu groß, um sie als JSON zu lesen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="197"/>
        <source>The payload is not JSON: %1</source>
        <translation>Die Payload ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/jsonpath.cpp" line="210"/>
        <source>%1 is %2, not a number</source>
        <translation>%1 ist %2, keine Zahl</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadPreview</name>
    <message>
        <location filename="../explorer/topics/payloadpreview.cpp" line="79"/>
        <source>&lt;%1 bytes binary&gt;</source>
        <translation>&lt;%1 Bytes binär&gt;</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadView</name>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="42"/>
        <source>How to show the payload</source>
        <translation>Darstellung der Payload</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/payloadview.cpp" line="121"/>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PreferencesDialog</name>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="34"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="37"/>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="38"/>
        <source>How many of the latest messages of each topic are kept</source>
        <translation>Wie viele der neuesten Nachrichten jedes Topics behalten werden</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="42"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="44"/>
        <source>Memory for the history of all open connections together</source>
        <translation>Speicher für den Verlauf aller offenen Verbindungen zusammen</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="48"/>
        <source>The history keeps the latest messages of every topic for the message view and for exports.

The memory budget is shared by all open connections: each gets an even share, split again whenever a connection opens or closes. When a connection&apos;s history would outgrow its share, its oldest messages go first, whatever their topic, and the status bar says so. Lowering a limit drops messages at once.</source>
        <translation>Der Verlauf behält die neuesten Nachrichten jedes Topics für die Nachrichtenansicht und für Exporte.

Das Speicherbudget teilen sich alle offenen Verbindungen: Jede erhält einen gleichen Anteil, der neu aufgeteilt wird, wann immer eine Verbindung geöffnet oder geschlossen wird. Würde der Verlauf einer Verbindung ihren Anteil übersteigen, gehen ihre ältesten Nachrichten zuerst, gleich welchen Topics, und die Statusleiste meldet es. Ein niedrigeres Limit verwirft Nachrichten sofort.</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="58"/>
        <source>&amp;History per topic:</source>
        <translation>&amp;Verlauf pro Topic:</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="59"/>
        <source>&amp;Memory budget:</source>
        <translation>&amp;Speicherbudget:</translation>
    </message>
    <message>
        <location filename="../explorer/app/preferencesdialog.cpp" line="100"/>
        <source>One open connection may use all of it.</source>
        <translation>Eine offene Verbindung darf alles davon nutzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/preferencesdialog.cpp" line="103"/>
        <source>%n open connections share it: %1 each.</source>
        <translation>
            <numerusform>%n offene Verbindung teilt es: je %1.</numerusform>
            <numerusform>%n offene Verbindungen teilen es: je %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ProfileEditor</name>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="33"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="34"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="35"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="36"/>
        <source>Last will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="37"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="61"/>
        <source>e.g. Home broker</source>
        <translation>z. B. Broker zu Hause</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="63"/>
        <source>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</source>
        <translation>mqtt://host:1883, mqtts://, ws://host/mqtt, wss://, unix:/path</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="64"/>
        <source>generated at each connect</source>
        <translation>wird bei jeder Verbindung erzeugt</translation>
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
        <translation> s</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="70"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="72"/>
        <source>0: the session ends with the connection</source>
        <translation>0: Die Session endet mit der Verbindung</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="73"/>
        <source>none</source>
        <comment>connect timeout: no limit</comment>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="79"/>
        <location filename="../explorer/connection/profileeditor.cpp" line="80"/>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="74"/>
        <source>never reconnect</source>
        <translation>nie neu verbinden</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="86"/>
        <source>Used only when no system keychain works. Anyone who can read the settings file can read the password.</source>
        <translation>Wird nur verwendet, wenn kein System-Schlüsselbund funktioniert. Wer die Einstellungsdatei lesen kann, kann auch das Passwort lesen.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="92"/>
        <source>For mqtts:// and wss:// addresses. Without a CA file the system&apos;s certificate authorities are trusted.</source>
        <translation>Für mqtts://- und wss://-Adressen. Ohne CA-Datei wird den Zertifizierungsstellen des Systems vertraut.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="97"/>
        <source>the address&apos;s host</source>
        <translation>Host der Adresse</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="99"/>
        <source>Accept any certificate the broker shows: anyone on the way can read and change the traffic. For tests only.</source>
        <translation>Jedes Zertifikat des Brokers akzeptieren: Jeder auf dem Übertragungsweg kann den Datenverkehr mitlesen und verändern. Nur für Tests.</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="109"/>
        <source>0 — at most once</source>
        <translation>0 — höchstens einmal</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="110"/>
        <source>1 — at least once</source>
        <translation>1 — mindestens einmal</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="111"/>
        <source>2 — exactly once</source>
        <translation>2 — genau einmal</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="114"/>
        <source>0: at once</source>
        <translation>0: sofort</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="115"/>
        <source>0: never expires</source>
        <translation>0: läuft nie ab</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="127"/>
        <source>CONNECT properties (MQTT 5.0).</source>
        <translation>CONNECT-Eigenschaften (MQTT 5.0).</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="128"/>
        <source>not sent (65535)</source>
        <translation>nicht gesendet (65535)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="129"/>
        <source>not sent (no limit)</source>
        <translation>nicht gesendet (kein Limit)</translation>
    </message>
    <message>
        <location filename="../explorer/connection/profileeditor.cpp" line="130"/>
        <source>0 (no aliases)</source>
        <translation>0 (keine Aliase)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishHistoryModel</name>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="17"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="87"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="81"/>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="109"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="89"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="91"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="103"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="105"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="107"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="111"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishhistorymodel.cpp" line="113"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishOutcome</name>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="19"/>
        <source>Failed: %1 (reason code %2)</source>
        <translation>Fehlgeschlagen: %1 (Reason Code %2)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="23"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="28"/>
        <source>Sent (QoS 0: the broker does not acknowledge)</source>
        <translation>Gesendet (QoS 0: Der Broker bestätigt nicht)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="30"/>
        <source>Acknowledged by PUBACK (%1)</source>
        <translation>Bestätigt durch PUBACK (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="32"/>
        <source>Acknowledged by PUBCOMP (%1)</source>
        <translation>Bestätigt durch PUBCOMP (%1)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishoutcome.cpp" line="34"/>
        <source>Acknowledged by PUBREC (%1)</source>
        <translation>Bestätigt durch PUBREC (%1)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPanel</name>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="69"/>
        <source>Topic, e.g. home/kitchen/light</source>
        <translation>Topic, z. B. home/kitchen/light</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="80"/>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="88"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="102"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="104"/>
        <source>Publish the message (Ctrl+Return)</source>
        <translation>Nachricht veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="115"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="145"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="147"/>
        <source>Publish the selected message again</source>
        <translation>Ausgewählte Nachricht erneut veröffentlichen</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="151"/>
        <source>Sent messages:</source>
        <translation>Gesendete Nachrichten:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="221"/>
        <source>Cannot publish: the connection is shut down.</source>
        <translation>Veröffentlichen nicht möglich: Die Verbindung ist beendet.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="225"/>
        <location filename="../explorer/publish/publishpanel.cpp" line="262"/>
        <source>Invalid topic: %1</source>
        <translation>Ungültiges Topic: %1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="275"/>
        <source>MQTT 5.0 properties</source>
        <translation>MQTT-5.0-Eigenschaften</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="276"/>
        <source>MQTT 5.0 properties (not sent: MQTT 3.1.1 connection)</source>
        <translation>MQTT-5.0-Eigenschaften (nicht gesendet: MQTT-3.1.1-Verbindung)</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="294"/>
        <source>Publishing to %1…</source>
        <translation>Wird an %1 veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpanel.cpp" line="295"/>
        <source>Waiting for the connection to publish to %1…</source>
        <translation>Warten auf die Verbindung, um an %1 zu veröffentlichen…</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PublishPropertiesEditor</name>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="69"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="82"/>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="86"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="70"/>
        <source>0: unspecified bytes</source>
        <translation>0: unbestimmte Bytes</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="71"/>
        <source>1: UTF-8 text</source>
        <translation>1: UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="74"/>
        <source>Not set: the message does not expire</source>
        <translation>Nicht gesetzt: Die Nachricht läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="80"/>
        <source>Not set, e.g. application/json</source>
        <translation>Nicht gesetzt, z. B. application/json</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="88"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="89"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="95"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="96"/>
        <source>Try: use an alias while the broker allows more</source>
        <translation>Versuchen: Alias verwenden, solange der Broker weitere erlaubt</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="98"/>
        <source>Always: fail when no alias is left</source>
        <translation>Immer: fehlschlagen, wenn kein Alias mehr frei ist</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="107"/>
        <source>Payload format:</source>
        <translation>Payload-Format:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="108"/>
        <source>Message expiry (s):</source>
        <translation>Nachrichtenablauf (s):</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="110"/>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="111"/>
        <source>Response topic:</source>
        <translation>Antwort-Topic:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="113"/>
        <source>Correlation data:</source>
        <translation>Korrelationsdaten:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="115"/>
        <source>User properties:</source>
        <translation>Benutzereigenschaften:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="116"/>
        <source>Topic alias:</source>
        <translation>Topic-Alias:</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="180"/>
        <source>At most %1 seconds.</source>
        <translation>Höchstens %1 Sekunden.</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="187"/>
        <source>Invalid response topic: %1</source>
        <translation>Ungültiges Antwort-Topic: %1</translation>
    </message>
    <message>
        <location filename="../explorer/publish/publishpropertieseditor.cpp" line="192"/>
        <source>Hex digits in pairs are expected, e.g. &quot;0a 1b ff&quot;.</source>
        <translation>Erwartet werden Hex-Ziffern in Paaren, z. B. „0a 1b ff“.</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RecordPanel</name>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="40"/>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="44"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <location filename="../explorer/record/recordpanel.cpp" line="169"/>
        <source>Replay</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="57"/>
        <source>1× (as recorded)</source>
        <translation>1× (wie aufgezeichnet)</translation>
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
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="63"/>
        <location filename="../explorer/record/recordpanel.cpp" line="64"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="68"/>
        <source>Record</source>
        <comment>section title</comment>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="70"/>
        <source>Topic filter:</source>
        <translation>Topic-Filter:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="71"/>
        <location filename="../explorer/record/recordpanel.cpp" line="76"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="74"/>
        <source>Replay through this connection</source>
        <translation>Über diese Verbindung abspielen</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="77"/>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="94"/>
        <source>%Ln messages recorded</source>
        <translation>
            <numerusform>%Ln Nachricht aufgezeichnet</numerusform>
            <numerusform>%Ln Nachrichten aufgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="111"/>
        <source>Replayed %Ln messages</source>
        <translation>
            <numerusform>%Ln Nachricht abgespielt</numerusform>
            <numerusform>%Ln Nachrichten abgespielt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="112"/>
        <source>Replayed %Ln messages, %1 failed</source>
        <translation>
            <numerusform>%Ln Nachricht abgespielt, %1 fehlgeschlagen</numerusform>
            <numerusform>%Ln Nachrichten abgespielt, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="129"/>
        <source>Recorded %Ln messages to %1</source>
        <translation>
            <numerusform>%Ln Nachricht in %1 aufgezeichnet</numerusform>
            <numerusform>%Ln Nachrichten in %1 aufgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="149"/>
        <source>Stopped after %1 of %n messages</source>
        <translation>
            <numerusform>Angehalten nach %1 von %n Nachricht</numerusform>
            <numerusform>Angehalten nach %1 von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="160"/>
        <source>Replaying %Ln messages…</source>
        <translation>
            <numerusform>%Ln Nachricht wird abgespielt…</numerusform>
            <numerusform>%Ln Nachrichten werden abgespielt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="166"/>
        <source>OhMqtt recordings (*.jsonl);;All files (*)</source>
        <translation>OhMqtt-Aufzeichnungen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="168"/>
        <source>Record to</source>
        <translation>Aufzeichnen in</translation>
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
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="149"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="150"/>
        <source>invalid JSON at column %1: %2</source>
        <translation>ungültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="159"/>
        <source>field &apos;format&apos;: not an OhMqtt recording</source>
        <translation>Feld „format“: keine OhMqtt-Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="165"/>
        <source>field &apos;version&apos;: version %1 is not supported</source>
        <translation>Feld „version“: Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="176"/>
        <source>field &apos;%1&apos; is missing or invalid</source>
        <translation>Feld „%1“ fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="183"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
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
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="52"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="54"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/rowview.cpp" line="177"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SettingsSecretStore</name>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="25"/>
        <source>the settings file</source>
        <extracomment>Where a password is kept: completes &quot;Password saved in %1.&quot;</extracomment>
        <translation>in der Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../explorer/connection/settingssecretstore.cpp" line="53"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionDialog</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="42"/>
        <source>No local: not the messages this connection publishes</source>
        <translation>No Local: keine Nachrichten, die diese Verbindung selbst veröffentlicht</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="43"/>
        <source>Retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="49"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="52"/>
        <source>e.g. home/+/temperature or sensors/#</source>
        <translation>z. B. home/+/temperature oder sensors/#</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="55"/>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="56"/>
        <source>Subscribe to $share/&lt;name&gt;/&lt;filter&gt;: the broker hands each message to one of the subscribers sharing the name</source>
        <translation>Abonniert $share/&lt;name&gt;/&lt;filter&gt;: Der Broker stellt jede Nachricht nur einem der Abonnenten zu, die sich den Namen teilen</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="72"/>
        <source>Keep the RETAIN flag the publisher set, also on messages that are not sent because of this subscription</source>
        <translation>Das vom Veröffentlicher gesetzte RETAIN-Flag beibehalten, auch bei Nachrichten, die nicht wegen dieses Abonnements gesendet werden</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="75"/>
        <source>Send retained messages at subscribe</source>
        <translation>Retained-Nachrichten beim Abonnieren senden</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="77"/>
        <source>Send retained messages only if the subscription is new</source>
        <translation>Retained-Nachrichten nur bei neuem Abonnement senden</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="79"/>
        <source>Never send retained messages</source>
        <translation>Retained-Nachrichten nie senden</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="82"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="85"/>
        <source>The broker does not support them</source>
        <translation>Der Broker unterstützt sie nicht</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="91"/>
        <source>Retain handling:</source>
        <translation>Retain Handling:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="92"/>
        <source>Subscription identifier:</source>
        <translation>Abonnement-Kennung:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="93"/>
        <source>User properties:</source>
        <translation>Benutzereigenschaften:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="97"/>
        <source>MQTT 5.0 options</source>
        <translation>MQTT-5.0-Optionen</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="98"/>
        <source>MQTT 5.0 options (not available: MQTT 3.1.1 connection)</source>
        <translation>MQTT-5.0-Optionen (nicht verfügbar: MQTT-3.1.1-Verbindung)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="103"/>
        <source>Topic filter:</source>
        <translation>Topic-Filter:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="105"/>
        <source>Share name:</source>
        <translation>Share-Name:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="107"/>
        <source>Maximum QoS:</source>
        <translation>Maximale QoS:</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="186"/>
        <source>The share name is given twice: in the filter and below it.</source>
        <translation>Der Share-Name ist doppelt angegeben: im Filter und darunter.</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="189"/>
        <source>Invalid topic filter: %1</source>
        <translation>Ungültiger Topic-Filter: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptiondialog.cpp" line="196"/>
        <source>Invalid share name: %1</source>
        <translation>Ungültiger Share-Name: %1</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsModel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="198"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="210"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="212"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="214"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="216"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="218"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="220"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="229"/>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="231"/>
        <source>retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="236"/>
        <source>retained: only if new</source>
        <translation>Retained: nur wenn neu</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="239"/>
        <source>retained: never</source>
        <translation>Retained: nie</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="243"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="245"/>
        <source>user properties: %1</source>
        <translation>Benutzereigenschaften: %1</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="246"/>
        <source>, </source>
        <comment>between the parts of a subscription&apos;s options summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="253"/>
        <source>Unsubscribed</source>
        <translation>Nicht abonniert</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="255"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="257"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionsmodel.cpp" line="259"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::SubscriptionsPanel</name>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="24"/>
        <source>All topics (#)</source>
        <translation>Alle Topics (#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="25"/>
        <source>Broker statistics ($SYS/#)</source>
        <translation>Broker-Statistiken ($SYS/#)</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="27"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="28"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../explorer/subscriptions/subscriptionspanel.cpp" line="29"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicBrowser</name>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="24"/>
        <source>Filter: text or topic filter such as sensors/+/temp</source>
        <translation>Filter: Text oder Topic-Filter wie sensors/+/temp</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="26"/>
        <source>Text matches topics and values, ignoring case. Text with + or # that is a valid topic filter matches topics as a subscription would.</source>
        <translation>Text findet Topics und Werte ohne Unterscheidung von Groß- und Kleinschreibung. Text mit + oder #, der ein gültiger Topic-Filter ist, findet Topics so, wie ein Abonnement sie erhielte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/topics/topicbrowser.cpp" line="133"/>
        <source>%Ln topics, %1 shown</source>
        <translation>
            <numerusform>%Ln Topic, %1 angezeigt</numerusform>
            <numerusform>%Ln Topics, %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../explorer/topics/topicbrowser.cpp" line="136"/>
        <source>%1 (topic filter)</source>
        <translation>%1 (Topic-Filter)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicTreeModel</name>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="142"/>
        <source>Messages per second to this topic, averaged over the last seconds</source>
        <translation>Nachrichten pro Sekunde an dieses Topic, gemittelt über die letzten Sekunden</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="144"/>
        <source>Topics below this level</source>
        <translation>Topics unterhalb dieser Ebene</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="146"/>
        <source>Messages to the topics below this level</source>
        <translation>Nachrichten an die Topics unterhalb dieser Ebene</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="155"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="157"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="159"/>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="161"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="163"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="165"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="167"/>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="169"/>
        <source>Topics below</source>
        <translation>Topics darunter</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="171"/>
        <source>Messages below</source>
        <translation>Nachrichten darunter</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="182"/>
        <source>(empty level)</source>
        <translation>(leere Ebene)</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="186"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../explorer/topics/topictreemodel.cpp" line="195"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TrafficMeter</name>
    <message>
        <location filename="../explorer/app/trafficmeter.cpp" line="53"/>
        <source>in %1 msg/s (%2/s) · out %3 msg/s (%4/s)</source>
        <translation>ein %1 Nachr./s (%2/s) · aus %3 Nachr./s (%4/s)</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::UserPropertiesEditor</name>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="36"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="46"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="47"/>
        <source>Add a user property</source>
        <translation>Benutzereigenschaft hinzufügen</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="49"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../explorer/common/userpropertieseditor.cpp" line="50"/>
        <source>Remove the selected user properties</source>
        <translation>Ausgewählte Benutzereigenschaften entfernen</translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ValueChart</name>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="27"/>
        <source>JSON path, e.g. temperature or data.values[0]; empty for numeric payloads</source>
        <translation>JSON-Pfad, z. B. temperature oder data.values[0]; leer bei numerischen Payloads</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="44"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../explorer/viewers/valuechart.cpp" line="123"/>
        <source>Invalid path: %1</source>
        <translation>Ungültiger Pfad: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/viewers/valuechart.cpp" line="126"/>
        <source>%n of %1 messages have no number here: %2</source>
        <translation>
            <numerusform>%n von %1 Nachrichten hat hier keine Zahl: %2</numerusform>
            <numerusform>%n von %1 Nachrichten haben hier keine Zahl: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../explorer/main.cpp" line="34"/>
        <source>The OhMqtt MQTT explorer.</source>
        <translation>Der MQTT-Explorer von OhMqtt.</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="38"/>
        <source>Connect to this broker at start.</source>
        <translation>Beim Start mit diesem Broker verbinden.</translation>
    </message>
    <message>
        <location filename="../explorer/main.cpp" line="43"/>
        <source>Save screenshots, then quit.</source>
        <translation>Bildschirmfotos speichern, dann beenden.</translation>
    </message>
</context>
</TS>
