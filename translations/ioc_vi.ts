<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the IOC console</source>
        <translation>Giới thiệu phần mềm IOC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IOC field-report console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Phần mềm điều hành phản ánh hiện trường IOC&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Receives, verifies, distributes and follows field reports from citizens and organisations under the provincial regulation on the field-report information system (Decision 2573/QĐ-UBND, 2024).</source>
        <translation>Tiếp nhận, xác minh, phân phối và theo dõi xử lý phản ánh hiện trường của cá nhân, tổ chức theo Quy chế hoạt động Hệ thống thông tin phản ánh hiện trường tỉnh (Quyết định số 2573/QĐ-UBND năm 2024).</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Thành phần</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IOC field reports</source>
        <translation>Phản ánh hiện trường — IOC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Field-report queue&lt;/h2&gt;&lt;p&gt;Sign in to a central server to synchronise the queue of field reports.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hàng đợi phản ánh hiện trường&lt;/h2&gt;&lt;p&gt;Đăng nhập máy chủ trung tâm để đồng bộ hàng đợi phản ánh hiện trường.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;About the IOC console</source>
        <translation>&amp;Giới thiệu phần mềm IOC</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AboutDialog</name>
    <message>
        <source>Version %1 (build %2)</source>
        <translation>Phiên bản %1 (bản dựng %2)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MainWindow</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Chưa kết nối máy chủ</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
</context>
</TS>
