<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OhMqttExplorer::ConnectionTab</name>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="27"/>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="28"/>
        <source>Record / replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="68"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="73"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="75"/>
        <source>Reconnecting to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="77"/>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="83"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/connectiontab.cpp" line="83"/>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightTable</name>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="19"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="21"/>
        <location filename="../explorer/inflight/inflighttable.cpp" line="23"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="24"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="89"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="91"/>
        <source>awaiting PUBACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="93"/>
        <source>awaiting PUBREC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="95"/>
        <source>awaiting PUBCOMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="97"/>
        <source>awaiting PUBREL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="119"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="119"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="123"/>
        <source>(restored, topic unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="146"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="148"/>
        <source>Packet id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="150"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="152"/>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="154"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="156"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="158"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflighttable.cpp" line="160"/>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::InflightView</name>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>1 message in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/inflight/inflightview.cpp" line="66"/>
        <source>%1 messages in flight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MainWindow</name>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="26"/>
        <source>OhMqtt Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="45"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="46"/>
        <source>&amp;Quick connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="49"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="54"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="58"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="67"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="68"/>
        <source>&amp;About OhMqtt Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="95"/>
        <source>Quick connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="96"/>
        <source>Broker address (mqtt://, mqtts://, ws://, wss:// or unix:):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="119"/>
        <source>No connection — Connection ▸ Quick connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="125"/>
        <source>About OhMqtt Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/app/mainwindow.cpp" line="126"/>
        <source>&lt;h3&gt;OhMqtt Explorer %1&lt;/h3&gt;&lt;p&gt;A fast MQTT 5.0 and 3.1.1 explorer built on the OhMqtt Qt library.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RecordPanel</name>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="40"/>
        <location filename="../explorer/record/recordpanel.cpp" line="68"/>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="44"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <location filename="../explorer/record/recordpanel.cpp" line="172"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="57"/>
        <source>1× (as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="58"/>
        <source>2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="59"/>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="60"/>
        <source>100×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="61"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="63"/>
        <location filename="../explorer/record/recordpanel.cpp" line="64"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="70"/>
        <source>Topic filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="71"/>
        <location filename="../explorer/record/recordpanel.cpp" line="76"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="74"/>
        <source>Replay through this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="77"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="89"/>
        <location filename="../explorer/record/recordpanel.cpp" line="101"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="94"/>
        <source>%1 messages recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="111"/>
        <source>Replayed %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="112"/>
        <source>Replayed %1 messages, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="131"/>
        <source>Recorded %1 messages to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="150"/>
        <source>Stopped after %1 of %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="163"/>
        <source>Replaying %1 messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="169"/>
        <source>OhMqtt recordings (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recordpanel.cpp" line="171"/>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recorder</name>
    <message>
        <location filename="../explorer/record/recorder.cpp" line="56"/>
        <location filename="../explorer/record/recorder.cpp" line="91"/>
        <location filename="../explorer/record/recorder.cpp" line="105"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::Recording</name>
    <message>
        <location filename="../explorer/record/recording.cpp" line="136"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="151"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="152"/>
        <source>invalid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="159"/>
        <source>field &apos;format&apos;: not an OhMqtt recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="163"/>
        <source>field &apos;version&apos;: version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="171"/>
        <source>field &apos;%1&apos; is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="175"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explorer/record/recording.cpp" line="184"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TrafficMeter</name>
    <message>
        <location filename="../explorer/app/trafficmeter.cpp" line="53"/>
        <source>in %1 msg/s (%2/s) · out %3 msg/s (%4/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
