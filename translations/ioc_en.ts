<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the IOC console</source>
        <translation>About the IOC console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IOC field-report console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;IOC field-report console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Receives, verifies, distributes and follows field reports from citizens and organisations under the provincial regulation on the field-report information system (Decision 2573/QĐ-UBND, 2024).</source>
        <translation>Receives, verifies, distributes and follows field reports from citizens and organisations under the provincial regulation on the field-report information system (Decision 2573/QĐ-UBND, 2024).</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IOC field reports</source>
        <translation>IOC field reports</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Field-report queue&lt;/h2&gt;&lt;p&gt;Sign in to a central server to synchronise the queue of field reports.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Field-report queue&lt;/h2&gt;&lt;p&gt;Sign in to a central server to synchronise the queue of field reports.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;About the IOC console</source>
        <translation>&amp;About the IOC console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AboutDialog</name>
    <message>
        <source>Version %1 (build %2)</source>
        <translation>Version %1 (build %2)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MainWindow</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
</context>
</TS>
