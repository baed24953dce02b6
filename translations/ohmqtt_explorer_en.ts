<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OhMqttExplorer::ConnectionDialog</name>
    <message numerus="yes">
        <location filename="../explorer/connection/connectiondialog.cpp" line="323"/>
        <source>%n connection(s) have unsaved changes. Close and drop them?</source>
        <translation>
            <numerusform>%n connection has unsaved changes. Close and drop it?</numerusform>
            <numerusform>%n connections have unsaved changes. Close and drop them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ConnectionTab</name>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="273"/>
        <source>The oldest history (%Ln messages) was dropped to stay within %1</source>
        <translation>
            <numerusform>The oldest history (%Ln message) was dropped to stay within %1</numerusform>
            <numerusform>The oldest history (%Ln messages) was dropped to stay within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="243"/>
        <source>%Ln topics · history %1 of %2</source>
        <translation>
            <numerusform>%Ln topic · history %1 of %2</numerusform>
            <numerusform>%Ln topics · history %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="279"/>
        <source>%1: the oldest history (%Ln messages) was dropped to stay within this connection&apos;s share (%2) of %3</source>
        <translation>
            <numerusform>%1: the oldest history (%Ln message) was dropped to stay within this connection&apos;s share (%2) of %3</numerusform>
            <numerusform>%1: the oldest history (%Ln messages) was dropped to stay within this connection&apos;s share (%2) of %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="333"/>
        <source>Delete the retained messages of %n topics at and below %1 on the broker?

Every client loses them, not only this one.</source>
        <translation>
            <numerusform>Delete the retained message of %n topic at and below %1 on the broker?

Every client loses it, not only this one.</numerusform>
            <numerusform>Delete the retained messages of %n topics at and below %1 on the broker?

Every client loses them, not only this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="344"/>
        <source>Deleted %n retained messages</source>
        <translation>
            <numerusform>Deleted %n retained message</numerusform>
            <numerusform>Deleted %n retained messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="345"/>
        <source>Deleted %n retained messages; %1 failed: %2</source>
        <translation>
            <numerusform>Deleted %n retained message; %1 failed: %2</numerusform>
            <numerusform>Deleted %n retained messages; %1 failed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/app/connectiontab.cpp" line="366"/>
        <source>Exported %n messages to %1</source>
        <translation>
            <numerusform>Exported %n message to %1</numerusform>
            <numerusform>Exported %n messages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::MessageDetail</name>
    <message numerus="yes">
        <location filename="../explorer/viewers/messagedetail.cpp" line="222"/>
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PayloadEditor</name>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="345"/>
        <source>The received payload — %Ln byte(s) (%1), sent as it came</source>
        <translation>
            <numerusform>The received payload — %Ln byte (%1), sent as it came</numerusform>
            <numerusform>The received payload — %Ln bytes (%1), sent as it came</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/publish/payloadeditor.cpp" line="347"/>
        <source>%1 — %Ln byte(s) (%2)</source>
        <translation>
            <numerusform>%1 — %Ln byte (%2)</numerusform>
            <numerusform>%1 — %Ln bytes (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../explorer/app/preferencesdialog.cpp" line="103"/>
        <source>%n open connections share it: %1 each.</source>
        <translation>
            <numerusform>%n open connection shares it: %1 each.</numerusform>
            <numerusform>%n open connections share it: %1 each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::RecordPanel</name>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="94"/>
        <source>%Ln messages recorded</source>
        <translation>
            <numerusform>%Ln message recorded</numerusform>
            <numerusform>%Ln messages recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="111"/>
        <source>Replayed %Ln messages</source>
        <translation>
            <numerusform>Replayed %Ln message</numerusform>
            <numerusform>Replayed %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="112"/>
        <source>Replayed %Ln messages, %1 failed</source>
        <translation>
            <numerusform>Replayed %Ln message, %1 failed</numerusform>
            <numerusform>Replayed %Ln messages, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="129"/>
        <source>Recorded %Ln messages to %1</source>
        <translation>
            <numerusform>Recorded %Ln message to %1</numerusform>
            <numerusform>Recorded %Ln messages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="149"/>
        <source>Stopped after %1 of %n messages</source>
        <translation>
            <numerusform>Stopped after %1 of %n message</numerusform>
            <numerusform>Stopped after %1 of %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../explorer/record/recordpanel.cpp" line="160"/>
        <source>Replaying %Ln messages…</source>
        <translation>
            <numerusform>Replaying %Ln message…</numerusform>
            <numerusform>Replaying %Ln messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::TopicBrowser</name>
    <message numerus="yes">
        <location filename="../explorer/topics/topicbrowser.cpp" line="133"/>
        <source>%Ln topics, %1 shown</source>
        <translation>
            <numerusform>%Ln topic, %1 shown</numerusform>
            <numerusform>%Ln topics, %1 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OhMqttExplorer::ValueChart</name>
    <message numerus="yes">
        <location filename="../explorer/viewers/valuechart.cpp" line="126"/>
        <source>%n of %1 messages have no number here: %2</source>
        <translation>
            <numerusform>%n of %1 messages has no number here: %2</numerusform>
            <numerusform>%n of %1 messages have no number here: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
