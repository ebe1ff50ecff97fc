<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Components and their versions</source>
        <translation>Các thành phần và phiên bản</translation>
    </message>
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
    <name>ioc</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a photo, video or PDF file this system accepts.</source>
        <translation>%1 không phải hình ảnh, video hoặc tệp PDF mà hệ thống chấp nhận.</translation>
    </message>
    <message>
        <source>%1 is not a photo or video this system accepts.</source>
        <translation>%1 không phải hình ảnh hoặc video mà hệ thống chấp nhận.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 lớn hơn %2 MB.</translation>
    </message>
</context>
<context>
    <name>ioc::ConsoleController</name>
    <message>
        <source>The session has ended. Sign in again; queued actions are kept.</source>
        <translation>Phiên làm việc đã hết hạn. Hãy đăng nhập lại; các thao tác đang chờ vẫn được giữ.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
    <message>
        <source>Action not queued</source>
        <translation>Chưa ghi nhận thao tác</translation>
    </message>
    <message>
        <source>Action not dropped</source>
        <translation>Chưa bỏ được thao tác</translation>
    </message>
    <message>
        <source>The server address must start with https://</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https://</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Offline — working on the local copy</source>
        <translation>Ngoại tuyến — đang làm việc trên bản sao cục bộ</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>Lỗi đồng bộ: %1</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Cần đăng nhập lại</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Your action “%1” met a change on the server; open the report to decide.</source>
        <translation>Thao tác “%1” của bạn gặp thay đổi trên máy chủ; hãy mở phản ánh để quyết định.</translation>
    </message>
    <message numerus="yes">
        <source>%n unhandled urgent report(s)</source>
        <translation>
            <numerusform>%n phản ánh khẩn chưa xử lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift handover notes could not be loaded: %1</source>
        <translation>Không tải được ghi chú bàn giao ca: %1</translation>
    </message>
    <message>
        <source>The handover note was not acknowledged: %1</source>
        <translation>Chưa xác nhận được ghi chú bàn giao ca: %1</translation>
    </message>
    <message>
        <source>File not available</source>
        <translation>Không lấy được tệp</translation>
    </message>
    <message>
        <source>The picture cannot be shown</source>
        <translation>Không hiển thị được ảnh</translation>
    </message>
    <message>
        <source>The shift handover note is saved.</source>
        <translation>Đã lưu ghi chú bàn giao ca.</translation>
    </message>
    <message>
        <source>Handover note not saved</source>
        <translation>Chưa lưu được ghi chú bàn giao ca</translation>
    </message>
    <message>
        <source>The server did not take the note (%1). It is kept: open “Write the shift handover note” again to resend it.</source>
        <translation>Máy chủ chưa nhận ghi chú (%1). Nội dung vẫn được giữ: mở lại “Viết ghi chú bàn giao ca” để gửi lại.</translation>
    </message>
    <message>
        <source>Asking the server for the identity…</source>
        <translation>Đang đề nghị máy chủ cung cấp thông tin người phản ánh…</translation>
    </message>
    <message>
        <source>Identity not revealed</source>
        <translation>Chưa xem được thông tin người phản ánh</translation>
    </message>
    <message>
        <source>%1 — %2 (published %3)</source>
        <translation>%1 — %2 (công khai %3)</translation>
    </message>
</context>
<context>
    <name>ioc::DistributionController</name>
    <message>
        <source>%1 distributed to %2.</source>
        <translation>Đã phân phối %1 đến %2.</translation>
    </message>
    <message>
        <source>Urgent: distributed at once as proposed. %1</source>
        <translation>Khẩn: phân phối ngay theo đề xuất. %1</translation>
    </message>
    <message>
        <source>Distribution not queued</source>
        <translation>Chưa đưa được việc phân phối vào hàng đợi</translation>
    </message>
</context>
<context>
    <name>ioc::MapController</name>
    <message numerus="yes">
        <source>On the map: the %n report(s) of a cluster</source>
        <translation>
            <numerusform>Trên bản đồ: %n phản ánh của một cụm</numerusform>
        </translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Basemap file: %1</source>
        <translation>Tệp bản đồ nền: %1</translation>
    </message>
    <message>
        <source>Basemap: IOC server</source>
        <translation>Bản đồ nền: máy chủ IOC</translation>
    </message>
    <message>
        <source>Boundary data not usable for: %1</source>
        <translation>Ranh giới không dùng được: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only what is in the map's view (%n)</source>
        <translation>
            <numerusform>Chỉ những gì trong khung bản đồ (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ProcessingController</name>
    <message>
        <source>%1: nothing to process for your role now.</source>
        <translation>%1: hiện không có việc cần xử lý theo vai trò của bạn.</translation>
    </message>
    <message>
        <source>%1: no approved result to publish.</source>
        <translation>%1: chưa có kết quả đã phê duyệt để đăng tải.</translation>
    </message>
    <message>
        <source>%1 queued.</source>
        <translation>Đã đưa vào hàng đợi gửi: %1.</translation>
    </message>
</context>
<context>
    <name>ioc::SanctionsController</name>
    <message>
        <source>Sanctions on accounts are decided by the IOC.</source>
        <translation>Việc xử lý tài khoản do Trung tâm Giám sát điều hành thông minh quyết định.</translation>
    </message>
    <message>
        <source>%1 did not come from a citizen account (hotline, e-mail…): there is no account to sanction.</source>
        <translation>%1 không gửi từ tài khoản công dân (đường dây nóng, thư điện tử…): không có tài khoản để xử lý.</translation>
    </message>
    <message>
        <source>sender of %1 (%2)</source>
        <translation>người gửi %1 (%2)</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Máy chủ không trả lời.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was changed.</source>
        <translation>Máy chủ không trả lời; chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>The account's sanctions were updated.</source>
        <translation>Đã cập nhật biện pháp xử lý tài khoản.</translation>
    </message>
</context>
<context>
    <name>ioc::TileLoader</name>
    <message>
        <source>The tile server did not answer properly (%1).</source>
        <translation>Máy chủ bản đồ nền không trả lời đúng (%1).</translation>
    </message>
    <message>
        <source>The tile source sent something that is not a picture.</source>
        <translation>Nguồn bản đồ nền gửi về dữ liệu không phải hình ảnh.</translation>
    </message>
    <message>
        <source>The tile address must be an https:// address with {z}, {x} and {y}: %1</source>
        <translation>Địa chỉ bản đồ nền phải là địa chỉ https:// có {z}, {x} và {y}: %1</translation>
    </message>
</context>
<context>
    <name>ioc::VerificationController</name>
    <message>
        <source>“%1” was not queued: %2</source>
        <translation>Không đưa được “%1” vào hàng đợi: %2</translation>
    </message>
    <message>
        <source>No report left to verify.</source>
        <translation>Không còn phản ánh nào cần xác minh.</translation>
    </message>
    <message>
        <source>Files not accepted</source>
        <translation>Tệp không được chấp nhận</translation>
    </message>
    <message>
        <source>Report not queued</source>
        <translation>Chưa đưa được phản ánh vào hàng đợi</translation>
    </message>
</context>
<context>
    <name>ioc::core</name>
    <message>
        <source>Time limit ran out</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Time limit about to run out (the agency was told)</source>
        <translation>Sắp hết hạn (đã báo cơ quan xử lý)</translation>
    </message>
    <message>
        <source>The time to supplement ran out</source>
        <translation>Hết thời hạn bổ sung thông tin</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>Cán bộ trực</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo giám sát</translation>
    </message>
    <message>
        <source>Processing officer</source>
        <translation>Nhân sự xử lý</translation>
    </message>
    <message>
        <source>Approving leader</source>
        <translation>Lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Quang Tri-S app</source>
        <translation>Ứng dụng Quang Tri-S</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Cổng thông tin</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Connected system</source>
        <translation>Hệ thống kết nối</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Device GPS</source>
        <translation>GPS của thiết bị</translation>
    </message>
    <message>
        <source>Photo EXIF</source>
        <translation>EXIF của ảnh</translation>
    </message>
    <message>
        <source>Picked on the map</source>
        <translation>Chọn trên bản đồ</translation>
    </message>
    <message>
        <source>From the address</source>
        <translation>Theo địa chỉ</translation>
    </message>
    <message>
        <source>No clear, related photo or video</source>
        <translation>Không có hình ảnh, video rõ ràng liên quan</translation>
    </message>
    <message>
        <source>Photo or video shows signs of editing</source>
        <translation>Hình ảnh, video có dấu hiệu bị chỉnh sửa, tẩy xóa</translation>
    </message>
    <message>
        <source>Requested supplement not made within 48 hours</source>
        <translation>Không chỉnh sửa, bổ sung trong 48 giờ</translation>
    </message>
    <message>
        <source>Reporter information inaccurate or not verified</source>
        <translation>Thông tin người phản ánh không chính xác hoặc không xác minh được</translation>
    </message>
    <message>
        <source>Duplicate of another report</source>
        <translation>Trùng lặp với phản ánh khác</translation>
    </message>
    <message>
        <source>An earlier report on it is still being processed</source>
        <translation>Phản ánh trước còn trong thời hạn xử lý</translation>
    </message>
    <message>
        <source>Unclear, sent by mistake or a test</source>
        <translation>Không rõ ràng, gửi nhầm hoặc dùng thử</translation>
    </message>
    <message>
        <source>Already resolved and answered, nothing new</source>
        <translation>Đã giải quyết triệt để, không có nội dung mới</translation>
    </message>
    <message>
        <source>The sender asked to cancel it</source>
        <translation>Người phản ánh yêu cầu hủy</translation>
    </message>
    <message>
        <source>Complaint, denunciation, legal advice or state secret</source>
        <translation>Khiếu nại, tố cáo, giải đáp pháp luật hoặc bí mật Nhà nước</translation>
    </message>
    <message>
        <source>Offensive, defamatory or inciting language</source>
        <translation>Ngôn từ thóa mạ, bôi nhọ hoặc kích động</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Verifying identity</source>
        <translation>Đang xác minh thông tin cá nhân</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đảm bảo điều kiện</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation>Đang phối hợp xác định cơ quan</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện tiếp nhận</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Đã phân phối</translation>
    </message>
    <message>
        <source>Returned: not competent</source>
        <translation>Trả lại: không thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Declined: insufficient</source>
        <translation>Không giải quyết: chưa đủ thông tin</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Template fix requested</source>
        <translation>Yêu cầu điều chỉnh theo mẫu</translation>
    </message>
    <message>
        <source>Result returned for fixing</source>
        <translation>Trả lại để chỉnh sửa kết quả</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Xác minh thông tin cá nhân</translation>
    </message>
    <message>
        <source>Reply to an invalid report</source>
        <translation>Trả lời phản ánh không đủ điều kiện</translation>
    </message>
    <message>
        <source>Supplement by the citizen</source>
        <translation>Người phản ánh bổ sung</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>Agency accepts</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Dispatch forces</source>
        <translation>Cử lực lượng xử lý</translation>
    </message>
    <message>
        <source>Return as not competent</source>
        <translation>Trả lại do không thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>Decline as insufficient</source>
        <translation>Trả lời không giải quyết</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Update and approve the result</source>
        <translation>Cập nhật và phê duyệt kết quả</translation>
    </message>
    <message>
        <source>Leader approval</source>
        <translation>Lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng tải</translation>
    </message>
    <message>
        <source>Fix the template</source>
        <translation>Điều chỉnh theo mẫu</translation>
    </message>
    <message>
        <source>Fix the result</source>
        <translation>Chỉnh sửa kết quả</translation>
    </message>
    <message>
        <source>Answer the interaction</source>
        <translation>Trả lời tương tác</translation>
    </message>
    <message>
        <source>Coordinating agency answers</source>
        <translation>Cơ quan phối hợp phản hồi</translation>
    </message>
    <message>
        <source>Receive a report</source>
        <translation>Tiếp nhận phản ánh</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Nhận xử lý</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Thôi xử lý</translation>
    </message>
    <message>
        <source>Verify the reporter's identity</source>
        <translation>Xác minh thông tin người phản ánh</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Đã xác minh thông tin</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Yêu cầu chỉnh sửa, bổ sung</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Correct spelling and form</source>
        <translation>Chỉnh sửa chính tả, thể thức</translation>
    </message>
    <message>
        <source>Mark urgent</source>
        <translation>Đánh dấu khẩn</translation>
    </message>
    <message>
        <source>Set public or non-public</source>
        <translation>Đặt công khai / không công khai</translation>
    </message>
    <message>
        <source>Accept as eligible</source>
        <translation>Tiếp nhận (đảm bảo điều kiện)</translation>
    </message>
    <message>
        <source>Reject as not eligible</source>
        <translation>Không đủ điều kiện tiếp nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy phản ánh</translation>
    </message>
    <message>
        <source>Send for coordination</source>
        <translation>Chuyển cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Name the competent agency</source>
        <translation>Xác định cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Report to the provincial People's Committee</source>
        <translation>Báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Accept for processing</source>
        <translation>Tiếp nhận xử lý</translation>
    </message>
    <message>
        <source>Forces dispatched</source>
        <translation>Đã cử lực lượng</translation>
    </message>
    <message>
        <source>Return: not competent</source>
        <translation>Trả lại: không thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>Decline: content insufficient</source>
        <translation>Không giải quyết: nội dung chưa đủ</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Result obtained</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Submit the result</source>
        <translation>Gửi kết quả xử lý</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Edit and approve</source>
        <translation>Sửa và phê duyệt</translation>
    </message>
    <message>
        <source>Return to the processing officer</source>
        <translation>Trả lại nhân sự xử lý</translation>
    </message>
    <message>
        <source>Ask for a template fix</source>
        <translation>Yêu cầu điều chỉnh theo mẫu</translation>
    </message>
    <message>
        <source>Return the result for fixing</source>
        <translation>Trả lại kết quả để chỉnh sửa</translation>
    </message>
    <message>
        <source>Resubmit the result</source>
        <translation>Gửi lại kết quả</translation>
    </message>
    <message>
        <source>Ask the coordinating agency to agree</source>
        <translation>Xin ý kiến thống nhất của cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Agree or disagree with the result</source>
        <translation>Thống nhất / không thống nhất kết quả</translation>
    </message>
    <message>
        <source>Return to the previous step</source>
        <translation>Trả bước trước</translation>
    </message>
    <message>
        <source>Rate the result</source>
        <translation>Đánh giá kết quả</translation>
    </message>
    <message>
        <source>Interact</source>
        <translation>Tương tác</translation>
    </message>
    <message>
        <source>Hide the report</source>
        <translation>Ẩn phản ánh</translation>
    </message>
    <message>
        <source>Show the report again</source>
        <translation>Bỏ ẩn phản ánh</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Reveal the reporter's identity</source>
        <translation>Xem thông tin người phản ánh</translation>
    </message>
    <message>
        <source>Remind the agency</source>
        <translation>Đôn đốc cơ quan xử lý</translation>
    </message>
    <message>
        <source>Log a call to the agency</source>
        <translation>Ghi nhận cuộc gọi</translation>
    </message>
    <message>
        <source>Photo or video not taken within 24 hours before the report</source>
        <translation>Hình ảnh, video không được chụp trong vòng 24 giờ trước khi phản ánh</translation>
    </message>
    <message>
        <source>Complex, long-standing or protracted case</source>
        <translation>Vụ việc phức tạp, tồn đọng, kéo dài</translation>
    </message>
    <message>
        <source>Ethnic, religious, political-security or public-order matter</source>
        <translation>Liên quan đến chính sách dân tộc, tôn giáo, an ninh chính trị, trật tự an toàn xã hội</translation>
    </message>
    <message>
        <source>Follow the administrative-sanction procedure</source>
        <translation>Xử lý theo quy trình xử phạt vi phạm hành chính</translation>
    </message>
    <message>
        <source>Many people take part</source>
        <translation>Có sự tham gia của nhiều người</translation>
    </message>
    <message>
        <source>Not a legitimate request for clarification</source>
        <translation>Không phải yêu cầu làm rõ chính đáng</translation>
    </message>
    <message>
        <source>Process within the extended time</source>
        <translation>Xử lý trong thời gian gia hạn</translation>
    </message>
    <message>
        <source>Propose an extension</source>
        <translation>Đề xuất gia hạn</translation>
    </message>
    <message>
        <source>Several agencies concerned</source>
        <translation>Liên quan đến nhiều cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Tell the reporter how processing stands</source>
        <translation>Thông báo tình trạng đang giải quyết</translation>
    </message>
    <message>
        <source>Repeat of a report already handled</source>
        <translation>Vi phạm lặp lại của phản ánh đã xử lý</translation>
    </message>
</context>
<context>
    <name>ioc::core::Countdown</name>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Cử lực lượng</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Result update</source>
        <translation>Cập nhật kết quả</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Đăng tải</translation>
    </message>
    <message>
        <source>Template fix</source>
        <translation>Điều chỉnh mẫu</translation>
    </message>
    <message>
        <source>Result fix</source>
        <translation>Chỉnh sửa kết quả</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Tương tác</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Status notice</source>
        <translation>Thông báo tình trạng</translation>
    </message>
    <message>
        <source>Extended time</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Art. 7, 6.2.d; Art. 15, step 1</source>
        <translation>Điều 7, mục 6.2.d; Điều 15, bước 1</translation>
    </message>
    <message>
        <source>Art. 9, clause 1; Art. 11, 1.c</source>
        <translation>Điều 9, khoản 1; Điều 11, điểm 1.c</translation>
    </message>
    <message>
        <source>Art. 7, 6.2.c</source>
        <translation>Điều 7, mục 6.2.c</translation>
    </message>
    <message>
        <source>Art. 10, clause 1; Annex 2, step 1; Art. 15, steps 1-2</source>
        <translation>Điều 10, khoản 1; Phụ lục 2, bước 1; Điều 15, bước 1–2</translation>
    </message>
    <message>
        <source>Art. 11, 1.a</source>
        <translation>Điều 11, điểm 1.a</translation>
    </message>
    <message>
        <source>Art. 15, step 3</source>
        <translation>Điều 15, bước 3</translation>
    </message>
    <message>
        <source>Art. 11, 2.a</source>
        <translation>Điều 11, điểm 2.a</translation>
    </message>
    <message>
        <source>Art. 11, 1.c</source>
        <translation>Điều 11, điểm 1.c</translation>
    </message>
    <message>
        <source>Art. 11, 2.b</source>
        <translation>Điều 11, điểm 2.b</translation>
    </message>
    <message>
        <source>Art. 15, step 4</source>
        <translation>Điều 15, bước 4</translation>
    </message>
    <message>
        <source>Art. 11, 4.d; Art. 15, step 4</source>
        <translation>Điều 11, điểm 4.d; Điều 15, bước 4</translation>
    </message>
    <message>
        <source>Annex 2, step 5</source>
        <translation>Phụ lục 2, bước 5</translation>
    </message>
    <message>
        <source>Art. 12, clause 1</source>
        <translation>Điều 12, khoản 1</translation>
    </message>
    <message>
        <source>Art. 12, clause 2</source>
        <translation>Điều 12, khoản 2</translation>
    </message>
    <message>
        <source>Art. 13, clauses 1 and 2</source>
        <translation>Điều 13, khoản 1 và 2</translation>
    </message>
    <message>
        <source>Art. 16, steps 2 and 4</source>
        <translation>Điều 16, bước 2 và 4</translation>
    </message>
    <message>
        <source>Art. 11, 2.b; Art. 14, 2.a</source>
        <translation>Điều 11, điểm 2.b; Điều 14, điểm 2.a</translation>
    </message>
    <message>
        <source>IOC</source>
        <translation>IOC</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>người phản ánh</translation>
    </message>
    <message>
        <source>the coordinating agency</source>
        <translation>cơ quan phối hợp</translation>
    </message>
    <message>
        <source>the processing agency</source>
        <translation>cơ quan xử lý</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 must act (%3)</source>
        <translation>%1: %2 thực hiện (%3)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Bắt đầu: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>đến hạn</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>còn dưới 1 phút</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
</context>
<context>
    <name>ioc::core::distribution</name>
    <message>
        <source>The GPS point lies inside %1.</source>
        <translation>Tọa độ GPS nằm trong %1.</translation>
    </message>
    <message>
        <source>The GPS point lies in no area; the nearest is %1, %2 m away. Check the position.</source>
        <translation>Tọa độ GPS không thuộc địa bàn nào; gần nhất là %1, cách %2 m. Hãy kiểm tra lại vị trí.</translation>
    </message>
    <message>
        <source>No area has a boundary to compare.</source>
        <translation>Chưa có địa bàn nào có ranh giới để so sánh.</translation>
    </message>
    <message>
        <source>No agency is known to be competent for “%1” in %2: start the coordination of Art. 16, or invite the competent unit.</source>
        <translation>Chưa xác định được cơ quan có thẩm quyền về “%1” tại %2: tổ chức phối hợp theo Điều 16 hoặc mời đơn vị có thẩm quyền tham gia.</translation>
    </message>
    <message>
        <source>Competent for “%1” in %2.</source>
        <translation>Có thẩm quyền về “%1” tại %2.</translation>
    </message>
    <message>
        <source>Competent for “%1” in %2, which includes %3.</source>
        <translation>Có thẩm quyền về “%1” tại %2, bao gồm %3.</translation>
    </message>
</context>
<context>
    <name>ioc::core::duplicates</name>
    <message>
        <source>the same photo</source>
        <translation>cùng một ảnh</translation>
    </message>
    <message>
        <source>very similar photos</source>
        <translation>ảnh rất giống nhau</translation>
    </message>
    <message>
        <source>somewhat similar photos</source>
        <translation>ảnh hơi giống nhau</translation>
    </message>
    <message>
        <source>different photos</source>
        <translation>ảnh khác nhau</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>cách %1 m</translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>nội dung giống %1%</translation>
    </message>
    <message>
        <source>same sender</source>
        <translation>cùng người gửi</translation>
    </message>
</context>
<context>
    <name>ioc::core::evidence</name>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>No photo or video: an urgent hotline report may be accepted without, with the reason recorded.</source>
        <translation>Không có ảnh hoặc video: phản ánh khẩn qua đường dây nóng có thể được tiếp nhận, ghi rõ lý do.</translation>
    </message>
    <message>
        <source>No photo or video (Điều 7.6.2.a).</source>
        <translation>Không có ảnh hoặc video (Điều 7.6.2.a).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the server has not examined the file yet.</source>
        <translation>%1: máy chủ chưa kiểm tra tệp.</translation>
    </message>
    <message>
        <source>%1: no capture time in the file (Zalo and Facebook remove it).</source>
        <translation>%1: tệp không có thời điểm chụp (Zalo và Facebook xoá thông tin này).</translation>
    </message>
    <message>
        <source>%1: taken %2 after the report arrived — the camera's clock?</source>
        <translation>%1: chụp sau khi phản ánh đến %2 — đồng hồ máy ảnh sai?</translation>
    </message>
    <message>
        <source>%1: taken %2 before the report (Điều 7.6.1.b allows 24 hours).</source>
        <translation>%1: chụp trước phản ánh %2 (Điều 7.6.1.b cho phép 24 giờ).</translation>
    </message>
    <message>
        <source>%1: taken %2 before the report.</source>
        <translation>%1: chụp trước phản ánh %2.</translation>
    </message>
    <message>
        <source>%1: the file was written %2 after the photo was taken.</source>
        <translation>%1: tệp được ghi lại %2 sau khi chụp.</translation>
    </message>
    <message>
        <source>%1: saved by %2, a picture editor (Điều 7.6.2.b).</source>
        <translation>%1: lưu bằng %2, một phần mềm chỉnh sửa ảnh (Điều 7.6.2.b).</translation>
    </message>
    <message>
        <source>%1: the photo's GPS is %2 m from the report's position.</source>
        <translation>%1: toạ độ GPS của ảnh cách vị trí phản ánh %2 m.</translation>
    </message>
    <message>
        <source>The position is inside the province.</source>
        <translation>Vị trí nằm trong địa bàn tỉnh.</translation>
    </message>
    <message>
        <source>The position is outside the province's boundary (Điều 7.6.1.c).</source>
        <translation>Vị trí nằm ngoài ranh giới tỉnh (Điều 7.6.1.c).</translation>
    </message>
    <message>
        <source>The position comes from GPS.</source>
        <translation>Vị trí lấy từ GPS.</translation>
    </message>
    <message>
        <source>The position was not measured by GPS (typed or chosen on a map).</source>
        <translation>Vị trí không đo bằng GPS (nhập tay hoặc chọn trên bản đồ).</translation>
    </message>
    <message>
        <source>The sender's report(s) on the same matter still in processing: %1 (Điều 7.6.2.f).</source>
        <translation>Phản ánh cùng nội dung của người gửi đang được xử lý: %1 (Điều 7.6.2.f).</translation>
    </message>
    <message>
        <source>Already resolved for this sender: %1 (Điều 7.6.2.h).</source>
        <translation>Đã được giải quyết cho người gửi: %1 (Điều 7.6.2.h).</translation>
    </message>
    <message>
        <source>No other report of this sender on the same matter.</source>
        <translation>Người gửi không có phản ánh khác cùng nội dung.</translation>
    </message>
</context>
<context>
    <name>ioc::core::identity</name>
    <message>
        <source>The phone number contains “%1”.</source>
        <translation>Số điện thoại có ký tự “%1”.</translation>
    </message>
    <message>
        <source>%1 is a service number, not the reporter's own.</source>
        <translation>%1 là số dịch vụ, không phải số của người phản ánh.</translation>
    </message>
    <message>
        <source>%1 is not a Vietnamese number.</source>
        <translation>%1 không phải số điện thoại Việt Nam.</translation>
    </message>
    <message>
        <source>Mobile number %1.</source>
        <translation>Số di động %1.</translation>
    </message>
    <message>
        <source>Landline %1 (%2).</source>
        <translation>Số cố định %1 (%2).</translation>
    </message>
    <message>
        <source>%1: 0%2 is not an area code.</source>
        <translation>%1: 0%2 không phải mã vùng.</translation>
    </message>
    <message>
        <source>%1: %2 is not a mobile network prefix.</source>
        <translation>%1: %2 không phải đầu số di động.</translation>
    </message>
    <message>
        <source>%1 has %2 digits; a mobile number has 10 and a landline 11.</source>
        <translation>%1 có %2 chữ số; số di động có 10, số cố định có 11 chữ số.</translation>
    </message>
    <message>
        <source>A citizen ID has 12 digits; “%1” has not.</source>
        <translation>Số định danh cá nhân có 12 chữ số; “%1” thì không.</translation>
    </message>
    <message>
        <source>%1 is not the code of a province.</source>
        <translation>%1 không phải mã tỉnh.</translation>
    </message>
    <message>
        <source>The 4th digit %1 means a birth after 2099.</source>
        <translation>Chữ số thứ 4 là %1 nghĩa là sinh sau năm 2099.</translation>
    </message>
    <message>
        <source>Birth year %1 is in the future.</source>
        <translation>Năm sinh %1 ở tương lai.</translation>
    </message>
    <message>
        <source>Born in %1: the reporter would be under 14.</source>
        <translation>Sinh năm %1: người phản ánh chưa đủ 14 tuổi.</translation>
    </message>
    <message>
        <source>Registered in %1, born %2, %3.</source>
        <translation>Đăng ký tại %1, sinh năm %2, %3.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>The organisation's name is missing.</source>
        <translation>Thiếu tên tổ chức.</translation>
    </message>
    <message>
        <source>The reporter's full name is missing.</source>
        <translation>Thiếu họ tên người phản ánh.</translation>
    </message>
    <message>
        <source>“%1” is a single word; a full name has several.</source>
        <translation>“%1” chỉ có một từ; họ tên đầy đủ có nhiều từ.</translation>
    </message>
    <message>
        <source>The contact address is missing.</source>
        <translation>Thiếu địa chỉ liên hệ.</translation>
    </message>
    <message>
        <source>The phone number is missing.</source>
        <translation>Thiếu số điện thoại.</translation>
    </message>
    <message>
        <source>The organisation's representative is missing.</source>
        <translation>Thiếu người đại diện của tổ chức.</translation>
    </message>
    <message>
        <source>The citizen ID is missing.</source>
        <translation>Thiếu số định danh cá nhân.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” không giống địa chỉ thư điện tử.</translation>
    </message>
</context>
<context>
    <name>ioc::core::language</name>
    <message>
        <source>a complaint (khiếu nại)</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>a denunciation (tố cáo)</source>
        <translation>tố cáo</translation>
    </message>
    <message>
        <source>a request for legal advice</source>
        <translation>yêu cầu tư vấn pháp luật</translation>
    </message>
    <message>
        <source>a petition on policy (kiến nghị)</source>
        <translation>kiến nghị về chính sách</translation>
    </message>
</context>
<context>
    <name>ioc::core::publication</name>
    <message>
        <source>The reply is addressed to the reporter.</source>
        <translation>Văn bản trả lời có phần “Kính gửi” người phản ánh.</translation>
    </message>
    <message>
        <source>The reply does not start with “Kính gửi: …” (the addressee).</source>
        <translation>Văn bản trả lời chưa bắt đầu bằng “Kính gửi: …” (người nhận).</translation>
    </message>
    <message>
        <source>The processing agency is named: %1.</source>
        <translation>Có nêu cơ quan xử lý: %1.</translation>
    </message>
    <message>
        <source>The processing agency (%1) is not named in the reply.</source>
        <translation>Văn bản trả lời chưa nêu cơ quan xử lý (%1).</translation>
    </message>
    <message>
        <source>A placeholder of the template is still there: %1</source>
        <translation>Còn phần để trống của mẫu: %1</translation>
    </message>
    <message>
        <source>The result (or the committed completion date) is stated.</source>
        <translation>Có nội dung kết quả xử lý (hoặc thời gian cam kết hoàn thành).</translation>
    </message>
    <message>
        <source>The result itself is missing after “như sau:”.</source>
        <translation>Thiếu nội dung kết quả xử lý sau “như sau:”.</translation>
    </message>
    <message>
        <source>The thanks and the closing are there.</source>
        <translation>Có lời cảm ơn và phần kết.</translation>
    </message>
    <message>
        <source>The thanks (“Chân thành cảm ơn phản ánh…”) or the closing (“Trân trọng./.”) is missing.</source>
        <translation>Thiếu lời cảm ơn (“Chân thành cảm ơn phản ánh…”) hoặc phần kết (“Trân trọng./.”).</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) prove the result.</source>
        <translation>
            <numerusform>Có %n hình ảnh/tệp chứng minh kết quả xử lý.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reporter agreed to publish their identity.</source>
        <translation>Người phản ánh đồng ý công khai danh tính.</translation>
    </message>
    <message>
        <source>No name, phone, citizen ID or e-mail of the reporter in the text.</source>
        <translation>Văn bản không chứa họ tên, số điện thoại, số định danh hay thư điện tử của người phản ánh.</translation>
    </message>
    <message>
        <source>The reporter's identity is masked in the public version.</source>
        <translation>Danh tính người phản ánh đã được che trong bản công khai.</translation>
    </message>
    <message>
        <source>State-secret wording (%1): the reply follows the law on state secrets and is not published (Art. 12.4).</source>
        <translation>Có nội dung thuộc bí mật nhà nước (%1): việc trả lời tuân thủ pháp luật về bảo vệ bí mật nhà nước và không được công khai (Điều 12.4).</translation>
    </message>
    <message>
        <source>Confidential: the result goes to the reporter only (Art. 12.3).</source>
        <translation>Giữ bí mật: kết quả chỉ gửi đến người phản ánh (Điều 12.3).</translation>
    </message>
    <message>
        <source>Public: the result and its timeline are published (Art. 17.2).</source>
        <translation>Công khai: kết quả và tiến trình xử lý được đăng tải (Điều 17.2).</translation>
    </message>
    <message>
        <source>Non-public report: the result goes to the reporter only.</source>
        <translation>Phản ánh không công khai: kết quả chỉ gửi đến người phản ánh.</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Processing agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Thanks and closing</source>
        <translation>Lời cảm ơn và phần kết</translation>
    </message>
    <message>
        <source>Result photos</source>
        <translation>Hình ảnh kết quả</translation>
    </message>
    <message>
        <source>Reporter's identity</source>
        <translation>Thông tin người phản ánh</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Giữ bí mật</translation>
    </message>
    <message>
        <source>State secret</source>
        <translation>Bí mật nhà nước</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Tiếp nhận phản ánh</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung thông tin</translation>
    </message>
    <message>
        <source>Supplement sent</source>
        <translation>Đã bổ sung thông tin</translation>
    </message>
    <message>
        <source>Verified as eligible</source>
        <translation>Phản ánh đủ điều kiện xử lý</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện tiếp nhận</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút phản ánh</translation>
    </message>
    <message>
        <source>Distributed to the processing agency</source>
        <translation>Đã chuyển cơ quan xử lý</translation>
    </message>
    <message>
        <source>Accepted for processing</source>
        <translation>Cơ quan xử lý đã tiếp nhận</translation>
    </message>
    <message>
        <source>Processing time extended</source>
        <translation>Gia hạn thời gian xử lý</translation>
    </message>
    <message>
        <source>Result processed</source>
        <translation>Đã có kết quả xử lý</translation>
    </message>
    <message>
        <source>Result approved</source>
        <translation>Lãnh đạo đã phê duyệt kết quả</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Đã đăng tải kết quả xử lý</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Đã đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>Question from the reporter</source>
        <translation>Tương tác của người phản ánh</translation>
    </message>
    <message>
        <source>Answer from the agency</source>
        <translation>Trả lời của cơ quan xử lý</translation>
    </message>
    <message>
        <source>Not handled: content insufficient</source>
        <translation>Không xử lý: nội dung chưa đủ thông tin</translation>
    </message>
    <message>
        <source>No photo or file proves the result (Art. 12.2).</source>
        <translation>Chưa có hình ảnh hoặc tệp chứng minh kết quả xử lý (Điều 12.2).</translation>
    </message>
    <message>
        <source>The server masks the reporter's identity in the public version when it publishes.</source>
        <translation>Máy chủ sẽ che thông tin cá nhân của người phản ánh trong bản công khai khi công bố.</translation>
    </message>
    <message>
        <source>Handled under the administrative-sanction procedure</source>
        <translation>Xử lý theo quy trình xử phạt vi phạm hành chính</translation>
    </message>
    <message>
        <source>Processing status</source>
        <translation>Tình trạng đang giải quyết</translation>
    </message>
</context>
<context>
    <name>ioc::core::verification</name>
    <message>
        <source>%1 (%2% alike): %3</source>
        <translation>%1 (giống %2%): %3</translation>
    </message>
    <message>
        <source>Reporter's identity</source>
        <translation>Thông tin người phản ánh</translation>
    </message>
    <message>
        <source>Art. 5.3</source>
        <translation>Điều 5.3</translation>
    </message>
    <message>
        <source>Photo or video present</source>
        <translation>Có hình ảnh hoặc video</translation>
    </message>
    <message>
        <source>Art. 7.6.2.a</source>
        <translation>Điều 7.6.2.a</translation>
    </message>
    <message>
        <source>Taken within 24 hours</source>
        <translation>Chụp trong vòng 24 giờ</translation>
    </message>
    <message>
        <source>Art. 7.6.1.b</source>
        <translation>Điều 7.6.1.b</translation>
    </message>
    <message>
        <source>No signs of editing</source>
        <translation>Không có dấu hiệu chỉnh sửa</translation>
    </message>
    <message>
        <source>Art. 7.6.2.b</source>
        <translation>Điều 7.6.2.b</translation>
    </message>
    <message>
        <source>Position by GPS, inside the province</source>
        <translation>Vị trí xác định bằng GPS, trong địa bàn tỉnh</translation>
    </message>
    <message>
        <source>Art. 7.6.1.c</source>
        <translation>Điều 7.6.1.c</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Không trùng lặp</translation>
    </message>
    <message>
        <source>Art. 7.6.2.e</source>
        <translation>Điều 7.6.2.e</translation>
    </message>
    <message>
        <source>The sender's other reports</source>
        <translation>Các phản ánh khác của người gửi</translation>
    </message>
    <message>
        <source>Art. 7.6.2.f, h</source>
        <translation>Điều 7.6.2.f, h</translation>
    </message>
    <message>
        <source>Clear, standard language</source>
        <translation>Ngôn ngữ rõ ràng, chuẩn mực</translation>
    </message>
    <message>
        <source>Art. 5.1, 5.5</source>
        <translation>Điều 5.1, 5.5</translation>
    </message>
    <message>
        <source>Within the system's scope</source>
        <translation>Thuộc phạm vi tiếp nhận</translation>
    </message>
    <message>
        <source>Art. 1.1.c</source>
        <translation>Điều 1.1.c</translation>
    </message>
    <message>
        <source>Requested supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Art. 7.6.2.c</source>
        <translation>Điều 7.6.2.c</translation>
    </message>
    <message>
        <source>No picture editor and no later rewrite in the photos' metadata.</source>
        <translation>Siêu dữ liệu ảnh không cho thấy phần mềm chỉnh sửa hay ghi lại sau khi chụp.</translation>
    </message>
    <message>
        <source>No report near in place and time.</source>
        <translation>Không có phản ánh nào gần về địa điểm và thời gian.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) nearby, none alike enough.</source>
        <translation>
            <numerusform>%n phản ánh lân cận, không phản ánh nào đủ giống.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender's other reports could not be looked up.</source>
        <translation>Không tra cứu được các phản ánh khác của người gửi.</translation>
    </message>
    <message>
        <source>Abbreviations: %1.</source>
        <translation>Từ viết tắt: %1.</translation>
    </message>
    <message>
        <source>Offensive words: %1 (Art. 5.5).</source>
        <translation>Từ ngữ thiếu văn hoá: %1 (Điều 5.5).</translation>
    </message>
    <message>
        <source>Spelling: %1.</source>
        <translation>Chính tả: %1.</translation>
    </message>
    <message>
        <source>Spelling not checked: no Vietnamese dictionary installed.</source>
        <translation>Chưa kiểm tra chính tả: chưa cài từ điển tiếng Việt.</translation>
    </message>
    <message>
        <source>Very short: is it clear, or a test (Art. 7.6.2.g)?</source>
        <translation>Nội dung rất ngắn: có rõ ràng không, hay chỉ là thử nghiệm (Điều 7.6.2.g)?</translation>
    </message>
    <message>
        <source>No abbreviation, misspelling or offensive word found.</source>
        <translation>Không thấy từ viết tắt, lỗi chính tả hay từ ngữ thiếu văn hoá.</translation>
    </message>
    <message>
        <source>Reads like: %1. Such matters go elsewhere (Art. 1.1.c); if kept, receive it as non-public (Art. 9.2).</source>
        <translation>Nội dung giống: %1. Các nội dung này thuộc kênh khác (Điều 1.1.c); nếu tiếp nhận thì tiếp nhận không công khai (Điều 9.2).</translation>
    </message>
    <message>
        <source>No sign of a complaint, denunciation or request for legal advice.</source>
        <translation>Không có dấu hiệu khiếu nại, tố cáo hay đề nghị tư vấn pháp luật.</translation>
    </message>
    <message>
        <source>The 48 hours for the supplement ran out; reject it as “supplement expired”.</source>
        <translation>Đã quá 48 giờ bổ sung; từ chối với lý do “quá hạn bổ sung”.</translation>
    </message>
    <message>
        <source>Waiting for the citizen: %1</source>
        <translation>Đang chờ người dân bổ sung: %1</translation>
    </message>
    <message>
        <source>The server has not sent its identity checks for this report yet: synchronise, then look again.</source>
        <translation>Máy chủ chưa gửi kết quả kiểm tra thông tin người phản ánh của phản ánh này: hãy đồng bộ rồi xem lại.</translation>
    </message>
</context>
<context>
    <name>ioc::models::QueueModel</name>
    <message numerus="yes">
        <source>%n clock(s) run; the one due first is shown. The others:</source>
        <translation>
            <numerusform>%n đồng hồ đang chạy; hiện đồng hồ đến hạn sớm nhất. Các đồng hồ khác:</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent report</source>
        <translation>Phản ánh khẩn</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>KHẨN</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>đang xử lý bởi %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời hạn còn lại</translation>
    </message>
</context>
<context>
    <name>ioc::models::SavedView</name>
    <message>
        <source>All reports</source>
        <translation>Tất cả phản ánh</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>Chờ xác minh</translation>
    </message>
    <message>
        <source>To distribute</source>
        <translation>Chờ phân phối</translation>
    </message>
    <message>
        <source>Due within 1 hour</source>
        <translation>Đến hạn trong 1 giờ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Returned by agencies</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Đã ẩn</translation>
    </message>
    <message>
        <source>To accept</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Led by my agency</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation>Phối hợp xử lý</translation>
    </message>
    <message>
        <source>Following as upper level</source>
        <translation>Cấp trên theo dõi</translation>
    </message>
</context>
<context>
    <name>ioc::session</name>
    <message>
        <source>The report is not in the local copy.</source>
        <translation>Phản ánh không có trong bản sao cục bộ.</translation>
    </message>
</context>
<context>
    <name>ioc::session::ConsoleSession</name>
    <message>
        <source>The profile's key pins are damaged (%1): %2</source>
        <translation>Mã ghim khóa trong hồ sơ bị hỏng (%1): %2</translation>
    </message>
    <message>
        <source>Cannot keep the key pins in the profile: %1</source>
        <translation>Không lưu được mã ghim khóa vào hồ sơ: %1</translation>
    </message>
    <message>
        <source>"%1" is not a key pin: a pin is the base64 of the SHA-256 of the server key (44 characters ending in =).</source>
        <translation>"%1" không phải là mã ghim khóa: mã ghim là chuỗi base64 của SHA-256 khóa máy chủ (44 ký tự, kết thúc bằng =).</translation>
    </message>
    <message>
        <source>Cannot copy the certificate %1 into the profile.</source>
        <translation>Không sao chép được chứng thư %1 vào hồ sơ.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Chưa mở phiên làm việc.</translation>
    </message>
    <message>
        <source>Revealing an identity needs the server, and it cannot be reached now. Try again once connected.</source>
        <translation>Xem thông tin người phản ánh cần kết nối máy chủ, hiện không kết nối được. Hãy thử lại khi có kết nối.</translation>
    </message>
    <message>
        <source>The server did not send the identity.</source>
        <translation>Máy chủ không gửi thông tin người phản ánh.</translation>
    </message>
    <message>
        <source>The identity could not be kept on this workstation: %1</source>
        <translation>Không lưu được thông tin người phản ánh trên máy trạm này: %1</translation>
    </message>
</context>
<context>
    <name>ioc::session::SyncWorker</name>
    <message>
        <source>The local replica could not be opened.</source>
        <translation>Không mở được bản sao dữ liệu cục bộ.</translation>
    </message>
    <message>
        <source>Not connected to a replica.</source>
        <translation>Chưa kết nối bản sao dữ liệu.</translation>
    </message>
    <message>
        <source>The media cache is not available.</source>
        <translation>Bộ nhớ đệm tệp đính kèm không dùng được.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Chưa đăng nhập.</translation>
    </message>
    <message>
        <source>The file %1 could not be kept: %2</source>
        <translation>Không lưu được tệp %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::sync::ActionQueue</name>
    <message>
        <source>Unknown action "%1"</source>
        <translation>Thao tác không xác định "%1"</translation>
    </message>
    <message>
        <source>The report %1 is not in this workstation's replica</source>
        <translation>Phản ánh %1 chưa có trong dữ liệu của máy trạm này</translation>
    </message>
    <message>
        <source>Only an action in conflict can be confirmed again</source>
        <translation>Chỉ xác nhận lại được thao tác đang xung đột</translation>
    </message>
    <message>
        <source>Only an action in conflict or refused can be dropped</source>
        <translation>Chỉ bỏ được thao tác đang xung đột hoặc bị từ chối</translation>
    </message>
</context>
<context>
    <name>ioc::sync::AuthSession</name>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Không kết nối được máy chủ (%1).</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (%1). If the center uses its own CA, choose its certificate.</source>
        <translation>Chứng thư của máy chủ không được tin cậy (%1). Nếu Trung tâm dùng CA riêng, hãy chọn chứng thư CA đó.</translation>
    </message>
    <message>
        <source>The server's key does not match the pinned key: this may not be the center's server. Check the pins with the administrator.</source>
        <translation>Khóa của máy chủ không khớp với mã ghim: có thể đây không phải máy chủ của Trung tâm. Hãy kiểm tra mã ghim với quản trị viên.</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Vui lòng đăng nhập lại</translation>
    </message>
</context>
<context>
    <name>ioc::sync::MediaFetcher</name>
    <message>
        <source>The server sent an empty part</source>
        <translation>Máy chủ gửi về một phần tệp rỗng</translation>
    </message>
    <message>
        <source>The file received does not match its SHA-256: %1</source>
        <translation>Tệp nhận được không khớp mã SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>ioc::sync::SyncEngine</name>
    <message>
        <source>The session has ended: sign in again. Queued actions are kept.</source>
        <translation>Phiên làm việc đã hết: vui lòng đăng nhập lại. Các thao tác đang chờ gửi vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The server's history changed (restored or too old a cursor): synchronising again.</source>
        <translation>Dữ liệu trên máy chủ đã thay đổi lịch sử (khôi phục hoặc mốc đồng bộ quá cũ): đang đồng bộ lại toàn bộ.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Không kết nối được máy chủ: %1</translation>
    </message>
    <message>
        <source>The server was restored from a backup: synchronising again.</source>
        <translation>Máy chủ đã được khôi phục từ bản sao lưu: đang đồng bộ lại toàn bộ.</translation>
    </message>
    <message>
        <source>The server sent data that cannot be used: %1</source>
        <translation>Máy chủ gửi dữ liệu không dùng được: %1</translation>
    </message>
    <message>
        <source>The photo %1 is missing from this workstation</source>
        <translation>Không tìm thấy ảnh %1 trên máy trạm này</translation>
    </message>
    <message>
        <source>This action waited offline too long to keep the time it was taken (%1): look at the report and confirm it again, dated now.</source>
        <translation>Thao tác này chờ ngoại tuyến quá lâu nên không giữ được thời điểm thực hiện (%1): hãy xem lại phản ánh và xác nhận lại, ghi nhận tại thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>The report changed meanwhile (now version %1): look at it and confirm again.</source>
        <translation>Phản ánh đã được người khác thay đổi (nay là phiên bản %1): hãy xem lại và xác nhận lại thao tác.</translation>
    </message>
    <message>
        <source>Kept failing (%1 attempts): %2</source>
        <translation>Gửi không thành công sau %1 lần thử: %2</translation>
    </message>
    <message>
        <source>The server's answer could not be saved on this workstation (%1); trying again.</source>
        <translation>Không lưu được phản hồi của máy chủ trên máy trạm này (%1); sẽ thử lại.</translation>
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
    <name>ioc::ui::ActionDialog</name>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The reporter's identity is personal data. Your reason is recorded in the audit log with your name.</source>
        <translation>Thông tin người phản ánh là dữ liệu cá nhân. Lý do của bạn được ghi vào nhật ký kiểm tra cùng tên của bạn.</translation>
    </message>
    <message>
        <source>In person at the IOC</source>
        <translation>Trực tiếp tại Trung tâm</translation>
    </message>
    <message>
        <source>Only before processing starts (Art. 7.7). A report that is not eligible anyway is rejected with the reason “The sender asked to cancel it”.</source>
        <translation>Chỉ khi cơ quan xử lý chưa tiến hành xử lý (Khoản 7 Điều 7). Phản ánh không đủ điều kiện tiếp nhận thì từ chối với lý do “Người gửi yêu cầu hủy”.</translation>
    </message>
    <message>
        <source>The citizen asked by</source>
        <translation>Người phản ánh yêu cầu qua</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Có nghe máy</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <source>Name or number called</source>
        <translation>Tên hoặc số điện thoại đã gọi</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Người được gọi</translation>
    </message>
    <message>
        <source>No report already handled (published) lies near this one: there is nothing it could repeat.</source>
        <translation>Gần phản ánh này không có phản ánh nào đã xử lý (đã công khai): không có vi phạm nào để lặp lại.</translation>
    </message>
    <message>
        <source>Repeats the handled report</source>
        <translation>Lặp lại vi phạm của phản ánh đã xử lý</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DecisionDialogs</name>
    <message>
        <source>Reject as not eligible — %1</source>
        <translation>Từ chối do không đủ điều kiện — %1</translation>
    </message>
    <message>
        <source>&amp;Reasons (Art. 7.6):</source>
        <translation>&amp;Lý do (Điều 7.6):</translation>
    </message>
    <message>
        <source>&amp;Duplicate of:</source>
        <translation>&amp;Trùng với phản ánh:</translation>
    </message>
    <message>
        <source>Reply to the &amp;citizen (edit before sending):</source>
        <translation>Trả lời &amp;người dân (chỉnh sửa trước khi gửi):</translation>
    </message>
    <message>
        <source>Reject and send the reply</source>
        <translation>Từ chối và gửi trả lời</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Chọn ít nhất một lý do.</translation>
    </message>
    <message>
        <source>No report nearby to name as the primary: untick “duplicate”.</source>
        <translation>Không có phản ánh lân cận để làm phản ánh gốc: bỏ chọn “trùng lặp”.</translation>
    </message>
    <message>
        <source>The citizen must be told why (Art. 8.2): write the reply.</source>
        <translation>Phải nêu rõ lý do cho người dân (Điều 8.2): hãy viết nội dung trả lời.</translation>
    </message>
    <message>
        <source>Request a supplement — %1</source>
        <translation>Yêu cầu bổ sung — %1</translation>
    </message>
    <message>
        <source>Message to the citizen. The report waits 48 hours for the answer (Art. 7.6.2.c); after that it is flagged for rejection.</source>
        <translation>Nội dung gửi người dân. Phản ánh chờ bổ sung trong 48 giờ (Điều 7.6.2.c); quá hạn sẽ được đánh dấu để từ chối.</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Gửi yêu cầu</translation>
    </message>
</context>
<context>
    <name>ioc::ui::DistributionDialog</name>
    <message>
        <source>Coordinating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Distribute — %1</source>
        <translation>Phân phối — %1</translation>
    </message>
    <message>
        <source>— no competent agency known —</source>
        <translation>— chưa xác định cơ quan có thẩm quyền —</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Địa &amp;bàn:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>Cơ quan &amp;chủ trì:</translation>
    </message>
    <message>
        <source>Informed (upper level, Art. 10.3):</source>
        <translation>Cơ quan cấp trên được thông tin (Điều 10.3):</translation>
    </message>
    <message>
        <source>To call (Art. 21.1):</source>
        <translation>Liên hệ (Điều 21.1):</translation>
    </message>
    <message>
        <source>C&amp;oordinating agencies:</source>
        <translation>Cơ quan &amp;phối hợp:</translation>
    </message>
    <message>
        <source>&amp;Note to the agency:</source>
        <translation>&amp;Ghi chú cho cơ quan:</translation>
    </message>
    <message>
        <source>Clocks it starts:</source>
        <translation>Thời hạn bắt đầu tính:</translation>
    </message>
    <message>
        <source>Coordinator (Art. 16):</source>
        <translation>Cơ quan chủ trì phối hợp (Điều 16):</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Start coordination (Art. 16)</source>
        <translation>Tổ chức phối hợp (Điều 16)</translation>
    </message>
    <message>
        <source>Also competent: %1.</source>
        <translation>Cũng có thẩm quyền: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Leader: %1 — %2
Contact: %3 — %4 %5</source>
        <translation>Lãnh đạo: %1 — %2
Đầu mối: %3 — %4 %5</translation>
    </message>
    <message>
        <source>Coordination: the coordinator names the competent agency within its clock.</source>
        <translation>Phối hợp: cơ quan chủ trì phối hợp xác định cơ quan có thẩm quyền trong thời hạn.</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: hạn %2</translation>
    </message>
    <message>
        <source>Invite a new unit (Art. 10.4)…</source>
        <translation>Mời đơn vị mới tham gia (Điều 10.4)…</translation>
    </message>
    <message>
        <source>Invite a new unit — %1</source>
        <translation>Mời đơn vị mới tham gia — %1</translation>
    </message>
    <message>
        <source>e.g. 123/TTGSĐH-VP of 28/11/2026</source>
        <translation>ví dụ: 123/TTGSĐH-VP ngày 28/11/2026</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Official &amp;letter:</source>
        <translation>Công &amp;văn mời:</translation>
    </message>
    <message>
        <source>Invitation to join the field-report system sent to %1 (Art. 10.4); the report is distributed to it once it has joined.</source>
        <translation>Đã gửi công văn mời %1 tham gia Hệ thống thông tin phản ánh hiện trường (Điều 10.4); phản ánh sẽ được phân phối lại khi đơn vị đã tham gia.</translation>
    </message>
    <message>
        <source>Official letter: %1.</source>
        <translation>Công văn: %1.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::HandoverDialog</name>
    <message>
        <source>Handover note</source>
        <translation>Ghi chú bàn giao ca</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Bàn giao ca</translation>
    </message>
    <message>
        <source>The previous shift left these notes. Read them before you start.</source>
        <translation>Ca trước để lại các ghi chú sau. Hãy đọc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>I have read them — take over the shift</source>
        <translation>Đã đọc — nhận ca</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Write the shift handover note</source>
        <translation>Viết ghi chú bàn giao ca</translation>
    </message>
    <message>
        <source>Open matters, promises made by phone, reports to watch. The next officer sees this note when signing in.</source>
        <translation>Việc còn dở, hẹn qua điện thoại, phản ánh cần theo dõi. Cán bộ ca sau sẽ thấy ghi chú này khi đăng nhập.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::IntakeDialog</name>
    <message>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Give the position: click the place on the map, choose a known area, or type its coordinates.</source>
        <translation>Cho biết vị trí: bấm vào chỗ đó trên bản đồ, chọn một địa bàn, hoặc nhập tọa độ.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>vĩ độ</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>kinh độ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>New report for a citizen</source>
        <translation>Phản ánh mới thay người dân</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>The agency may see the identity (Art. 5.6)</source>
        <translation>Cơ quan xử lý được xem thông tin cá nhân (Điều 5.6)</translation>
    </message>
    <message>
        <source>The identity may be published</source>
        <translation>Được công khai thông tin cá nhân</translation>
    </message>
    <message>
        <source>Result to the reporter only (Art. 12.3)</source>
        <translation>Chỉ trả kết quả cho người phản ánh (Điều 12.3)</translation>
    </message>
    <message>
        <source>Reporter (Art. 5.3)</source>
        <translation>Người phản ánh (Điều 5.3)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation>Số định &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>Người đại &amp;diện:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Thư điện tử:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>— a known area —</source>
        <translation>— địa bàn —</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Urgent (Art. 15)</source>
        <translation>Khẩn (Điề&amp;u 15)</translation>
    </message>
    <message>
        <source>P&amp;ublic (untick for sensitive matters, Art. 9.2)</source>
        <translation>Công kh&amp;ai (bỏ chọn với nội dung nhạy cảm, Điều 9.2)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>Known a&amp;rea:</source>
        <translation>Địa &amp;bàn:</translation>
    </message>
    <message>
        <source>Latitude, longitude:</source>
        <translation>Vĩ độ, kinh độ:</translation>
    </message>
    <message>
        <source>Place (address):</source>
        <translation>Địa điểm (địa chỉ):</translation>
    </message>
    <message>
        <source>Position from:</source>
        <translation>Nguồn vị trí:</translation>
    </message>
    <message>
        <source>Taken or seen at:</source>
        <translation>Thời điểm chụp / chứng kiến:</translation>
    </message>
    <message>
        <source>Photos, videos:</source>
        <translation>Hình ảnh, video:</translation>
    </message>
    <message>
        <source>Queue the report</source>
        <translation>Đưa phản ánh vào hàng đợi</translation>
    </message>
    <message>
        <source>Photos and videos of the report</source>
        <translation>Hình ảnh, video của phản ánh</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp);;All files (*)</source>
        <translation>Hình ảnh, video (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Thiếu tiêu đề.</translation>
    </message>
    <message>
        <source>The content is missing.</source>
        <translation>Thiếu nội dung.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Chọn lĩnh vực.</translation>
    </message>
    <message>
        <source>Add a photo or video (Art. 7.6.2.a); only an urgent hotline report may go without.</source>
        <translation>Thêm hình ảnh hoặc video (Điều 7.6.2.a); chỉ phản ánh khẩn qua đường dây nóng mới được thiếu.</translation>
    </message>
    <message>
        <source>Click the map to place the report.</source>
        <translation>Nhấp vào bản đồ để đặt vị trí phản ánh.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::LoginDialog</name>
    <message>
        <source>Key pins (optional)</source>
        <translation>Mã ghim khóa (không bắt buộc)</translation>
    </message>
    <message>
        <source>CA certificate (optional)</source>
        <translation>Chứng thư CA (không bắt buộc)</translation>
    </message>
    <message>
        <source>SHA-256 of the server key, base64; several separated by spaces</source>
        <translation>SHA-256 của khóa máy chủ, dạng base64; nhiều mã cách nhau bằng dấu cách</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư PEM (*.pem *.crt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>Chứng thư CA của máy chủ</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Chọn tệp chứng thư CA</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Only if the center's server uses its own CA</source>
        <translation>Chỉ khi máy chủ của Trung tâm dùng CA riêng</translation>
    </message>
    <message>
        <source>Sign in to the IOC server</source>
        <translation>Đăng nhập máy chủ IOC</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Hãy nhập máy chủ, tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>6 digits, or a recovery code; only if your account uses one</source>
        <translation>6 chữ số, hoặc một mã dự phòng; chỉ khi tài khoản có dùng</translation>
    </message>
    <message>
        <source>One-time code (TOTP)</source>
        <translation>Mã xác thực một lần (TOTP)</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MainWindow</name>
    <message>
        <source>Open the newest &amp;urgent report</source>
        <translation>Mở phản ánh &amp;khẩn mới nhất</translation>
    </message>
    <message>
        <source>Not possible on this report now.</source>
        <translation>Không thực hiện được với phản ánh này lúc này.</translation>
    </message>
    <message>
        <source>Select a report first.</source>
        <translation>Hãy chọn một phản ánh trước.</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <source>&amp;Messages that need a person (call backs, not sent)</source>
        <translation>&amp;Tin nhắn cần xử lý (gọi lại, không gửi được)</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Chưa kết nối máy chủ</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>Pending %1 · Conflicts %2 · Failed %3</source>
        <translation>Chờ gửi %1 · Xung đột %2 · Lỗi %3</translation>
    </message>
    <message>
        <source>Server time %1</source>
        <translation>Giờ máy chủ %1</translation>
    </message>
    <message>
        <source>IOC field reports</source>
        <translation>Phản ánh hiện trường — IOC</translation>
    </message>
    <message numerus="yes">
        <source>(%n urgent) </source>
        <translation>
            <numerusform>(%n khẩn) </numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Phản ánh</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>Phiê&amp;n làm việc</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>&amp;Tìm trong danh sách</translation>
    </message>
    <message>
        <source>&amp;Next report to verify</source>
        <translation>Phản ánh &amp;kế tiếp cần xác minh</translation>
    </message>
    <message>
        <source>&amp;Open the selected report</source>
        <translation>&amp;Mở phản ánh đang chọn</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Mute alert sounds for this shift</source>
        <translation>&amp;Tắt âm báo trong ca này</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>Giao diện &amp;tối</translation>
    </message>
    <message>
        <source>Write the shift &amp;handover note…</source>
        <translation>Viết ghi chú &amp;bàn giao ca…</translation>
    </message>
    <message>
        <source>Map: &amp;density layer</source>
        <translation>Bản đồ: lớp &amp;mật độ</translation>
    </message>
    <message>
        <source>Queue: only what is in the map's &amp;view</source>
        <translation>Danh sách: chỉ những gì trong &amp;khung bản đồ</translation>
    </message>
    <message>
        <source>Map: the whole &amp;province</source>
        <translation>Bản đồ: toàn &amp;tỉnh</translation>
    </message>
    <message>
        <source>&amp;Verify the selected report…</source>
        <translation>&amp;Xác minh phản ánh đang chọn…</translation>
    </message>
    <message>
        <source>New report for a &amp;citizen…</source>
        <translation>Phản ánh &amp;mới thay người dân…</translation>
    </message>
    <message>
        <source>&amp;Distribute the selected report…</source>
        <translation>&amp;Phân phối phản ánh đang chọn…</translation>
    </message>
    <message>
        <source>Distribute an urgent report at &amp;once as proposed</source>
        <translation>Phân phối &amp;ngay phản ánh khẩn theo đề xuất</translation>
    </message>
    <message>
        <source>&amp;Process the selected report…</source>
        <translation>&amp;Xử lý phản ánh đang chọn…</translation>
    </message>
    <message>
        <source>Check and &amp;publish the result…</source>
        <translation>Kiểm tra và đăng &amp;tải kết quả…</translation>
    </message>
    <message>
        <source>Sanctions on the sender's &amp;account…</source>
        <translation>Xử lý &amp;tài khoản người gửi…</translation>
    </message>
    <message>
        <source>&amp;One-time codes for an account…</source>
        <translation>&amp;Mã xác thực một lần cho tài khoản…</translation>
    </message>
    <message>
        <source>Supervision &amp;dashboard</source>
        <translation>&amp;Bảng giám sát</translation>
    </message>
    <message>
        <source>Periodic &amp;report…</source>
        <translation>Báo cáo định &amp;kỳ…</translation>
    </message>
    <message>
        <source>Reminder &amp;letter to the report's agency…</source>
        <translation>Văn bản &amp;nhắc nhở cơ quan xử lý phản ánh…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MapView</name>
    <message>
        <source>Map of the reports</source>
        <translation>Bản đồ phản ánh</translation>
    </message>
    <message>
        <source>Arrow keys pan, plus and minus zoom, Ctrl+Home shows the whole province; the menu key offers filtering the list to what is here.</source>
        <translation>Phím mũi tên để di chuyển, phím cộng và trừ để phóng to, thu nhỏ, Ctrl+Home để xem toàn tỉnh; phím menu để lọc danh sách theo nơi đang xem.</translation>
    </message>
    <message>
        <source>Some are overdue.</source>
        <translation>Có phản ánh đã quá hạn.</translation>
    </message>
    <message>
        <source>Some are due within the hour.</source>
        <translation>Có phản ánh đến hạn trong 1 giờ.</translation>
    </message>
    <message>
        <source>Show only the reports of “%1” in the list</source>
        <translation>Chỉ hiện các phản ánh của “%1” trong danh sách</translation>
    </message>
    <message>
        <source>Show only what is in view in the list</source>
        <translation>Danh sách chỉ hiện những gì trong khung bản đồ</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) here — click to zoom in; right click to filter the list to them</source>
        <translation>
            <numerusform>%n phản ánh tại đây — nhấp để phóng to; nhấp chuột phải để chỉ hiện chúng trong danh sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only the %n report(s) of this cluster in the list</source>
        <translation>
            <numerusform>Chỉ hiện %n phản ánh của cụm này trong danh sách</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::ProcessingDialog</name>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>A result without a photo</source>
        <translation>Kết quả không có ảnh</translation>
    </message>
    <message>
        <source>Send the result without a photo of the result?</source>
        <translation>Gửi kết quả mà không kèm ảnh kết quả xử lý?</translation>
    </message>
    <message>
        <source>The citizen who reported it sees the result with its photos: a photo of the place after the work is what shows them it was done, and the publication shows it to everyone (Art. 12.2). Without one, the IOC may ask for it before publishing.</source>
        <translation>Người phản ánh xem kết quả cùng hình ảnh: ảnh hiện trường sau khi xử lý là điều cho họ thấy việc đã được làm, và khi đăng tải thì mọi người cùng thấy (Điều 12.2). Nếu không có ảnh, IOC có thể yêu cầu bổ sung trước khi đăng tải.</translation>
    </message>
    <message>
        <source>Send without a photo</source>
        <translation>Gửi không kèm ảnh</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Processing — %1</source>
        <translation>Xử lý phản ánh — %1</translation>
    </message>
    <message>
        <source>Nothing to do on this report for your role now.</source>
        <translation>Hiện không có việc cần làm với phản ánh này theo vai trò của bạn.</translation>
    </message>
    <message>
        <source>Carry out</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Chưa đưa vào hàng đợi</translation>
    </message>
    <message>
        <source>Your agency leads the processing.</source>
        <translation>Đơn vị bạn chủ trì xử lý.</translation>
    </message>
    <message>
        <source>Your agency coordinates (Art. 16): name the competent agency, then agree on the result.</source>
        <translation>Đơn vị bạn là cơ quan điều phối (Điều 16): xác định cơ quan có thẩm quyền, sau đó thống nhất kết quả.</translation>
    </message>
    <message>
        <source>Your agency coordinates with %1.</source>
        <translation>Đơn vị bạn phối hợp với %1.</translation>
    </message>
    <message>
        <source>Upper-level agency: informed of the processing by %1 (Art. 10.3).</source>
        <translation>Cơ quan cấp trên: theo dõi việc xử lý của %1 (Điều 10.3).</translation>
    </message>
    <message>
        <source>overdue since</source>
        <translation>quá hạn từ</translation>
    </message>
    <message>
        <source>due</source>
        <translation>hạn</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>KHẨN</translation>
    </message>
    <message>
        <source>%1: until %2</source>
        <translation>%1: đến %2</translation>
    </message>
</context>
<context>
    <name>ioc::ui::PublicationDialog</name>
    <message>
        <source>Checks before publishing</source>
        <translation>Kiểm tra trước khi công khai</translation>
    </message>
    <message>
        <source>The reply and the result</source>
        <translation>Trả lời và kết quả</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation>Trả lời người phản ánh</translation>
    </message>
    <message>
        <source>Publication — %1</source>
        <translation>Đăng tải kết quả — %1</translation>
    </message>
    <message>
        <source>Approved result of %1.</source>
        <translation>Kết quả đã được %1 phê duyệt.</translation>
    </message>
    <message>
        <source>Publish by %1 (Appendix 2, step 5).</source>
        <translation>Đăng tải trước %1 (Phụ lục 2, bước 5).</translation>
    </message>
    <message>
        <source>&amp;Reply to the reporter</source>
        <translation>&amp;Trả lời người phản ánh</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>&amp;Bản công khai</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Public &amp;timeline</source>
        <translation>&amp;Tiến trình công khai</translation>
    </message>
    <message>
        <source>Result p&amp;hotos (%1)</source>
        <translation>&amp;Hình ảnh kết quả (%1)</translation>
    </message>
    <message>
        <source>Confidential: send the result to the reporter only (Art. 12.3)</source>
        <translation>Giữ bí mật: chỉ gửi kết quả đến người phản ánh (Điều 12.3)</translation>
    </message>
    <message>
        <source>&amp;Note to the agency / reason:</source>
        <translation>&amp;Ghi chú cho đơn vị / lý do:</translation>
    </message>
    <message>
        <source>Ask for a template fix (30 min)</source>
        <translation>Yêu cầu chỉnh theo mẫu (30 phút)</translation>
    </message>
    <message>
        <source>Return the result (60 min)</source>
        <translation>Trả lại kết quả (60 phút)</translation>
    </message>
    <message>
        <source>Ask the coordinator to agree</source>
        <translation>Xin ý kiến thống nhất của cơ quan điều phối</translation>
    </message>
    <message>
        <source>Step back to processing</source>
        <translation>Trả bước trước để xử lý lại</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng tải</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The coordinating agency must agree first (Art. 16).</source>
        <translation>Cần có ý kiến thống nhất của cơ quan điều phối trước (Điều 16).</translation>
    </message>
    <message>
        <source>The gate has failing items.</source>
        <translation>Còn nội dung kiểm tra chưa đạt.</translation>
    </message>
    <message>
        <source>Not public: the result and its timeline go to the reporter only.</source>
        <translation>Không công khai: kết quả và tiến trình chỉ gửi đến người phản ánh.</translation>
    </message>
    <message>
        <source>Public: anyone can read this timeline and the public version.</source>
        <translation>Công khai: mọi người xem được tiến trình và bản công khai này.</translation>
    </message>
    <message>
        <source>(on publication)</source>
        <translation>(khi đăng tải)</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Chưa đưa vào hàng đợi</translation>
    </message>
    <message>
        <source>Publication overdue since %1 (Appendix 2, step 5).</source>
        <translation>Quá hạn đăng tải từ %1 (Phụ lục 2, bước 5).</translation>
    </message>
</context>
<context>
    <name>ioc::ui::QueuePanel</name>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>ô tìm kiếm “%1”</translation>
    </message>
    <message>
        <source>the filter “%1”</source>
        <translation>bộ lọc “%1”</translation>
    </message>
    <message>
        <source>the view “%1”</source>
        <translation>dạng xem “%1”</translation>
    </message>
    <message>
        <source>To show %1, the list left %2.</source>
        <translation>Để hiện %1, danh sách đã bỏ %2.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Danh sách phản ánh</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n thay đổi đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Có thay đổi đang chờ</translation>
    </message>
    <message>
        <source>The rows stay where they are while you point at them or move through them; they are put in order a second after you stop. Click to do it now.</source>
        <translation>Các dòng đứng yên khi bạn trỏ vào hoặc di chuyển trong danh sách; một giây sau khi bạn dừng, danh sách được sắp xếp lại. Bấm để sắp xếp ngay.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation>Hiện lại toàn bộ hàng đợi</translation>
    </message>
    <message>
        <source>A telephone number: press Enter to look up the reports sent from it on the server (the look-up is recorded with your reason).</source>
        <translation>Số điện thoại: nhấn Enter để tra cứu trên máy chủ các phản ánh gửi từ số này (việc tra cứu được ghi lại cùng lý do).</translation>
    </message>
    <message>
        <source>Not in “%1”: found among all reports. Esc returns to the view.</source>
        <translation>Không có trong “%1”: tìm thấy trong tất cả phản ánh. Nhấn Esc để trở lại chế độ xem.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Tìm trong danh sách</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Danh sách lưu sẵn</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): title, content, address — with or without diacritics</source>
        <translation>Tìm (Ctrl+F): tiêu đề, nội dung, địa chỉ — có dấu hoặc không dấu</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ReportDetail</name>
    <message>
        <source>The report in full</source>
        <translation>Toàn bộ phản ánh</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>không có tên tệp</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Đã sao chép: %1</translation>
    </message>
    <message>
        <source>Copy the agency&apos;s contact</source>
        <translation>Sao chép liên hệ của cơ quan</translation>
    </message>
    <message>
        <source>Agency contact</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
    <message>
        <source>Another event</source>
        <translation>Sự kiện khác</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not answered</source>
        <translation>
            <numerusform>%n lần gọi không liên lạc được</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Thông báo đã gửi</translation>
    </message>
    <message>
        <source>None: nobody outside the console has been told about this report.</source>
        <translation>Chưa có: chưa thông báo cho ai ngoài Trung tâm về phản ánh này.</translation>
    </message>
    <message>
        <source>processing agency</source>
        <translation>cơ quan xử lý</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>người phản ánh</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Notice in the app</source>
        <translation>Thông báo trên ứng dụng</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Kênh khác</translation>
    </message>
    <message>
        <source>called back %1</source>
        <translation>đã gọi lại lúc %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>đã gửi lúc %1</translation>
    </message>
    <message>
        <source>an officer is to call back</source>
        <translation>cán bộ cần gọi lại</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <source>this channel is not set up on the server</source>
        <translation>kênh này chưa được cấu hình trên máy chủ</translation>
    </message>
    <message>
        <source>the gateway did not answer</source>
        <translation>cổng gửi tin không trả lời</translation>
    </message>
    <message>
        <source>the gateway kept asking to wait</source>
        <translation>cổng gửi tin liên tục yêu cầu chờ</translation>
    </message>
    <message>
        <source>the gateway&apos;s answer could not be read</source>
        <translation>không đọc được trả lời của cổng gửi tin</translation>
    </message>
    <message>
        <source>the citizen does not follow the province&apos;s Zalo Official Account</source>
        <translation>người phản ánh không quan tâm Zalo OA của tỉnh</translation>
    </message>
    <message>
        <source>Zalo no longer accepts the server&apos;s authorisation: the Official Account&apos;s administrator must authorise it again</source>
        <translation>Zalo không còn chấp nhận ủy quyền của máy chủ: quản trị viên Zalo OA cần ủy quyền lại</translation>
    </message>
    <message>
        <source>Zalo refused it (error %1)</source>
        <translation>Zalo từ chối (mã lỗi %1)</translation>
    </message>
    <message>
        <source>the gateway refused it (HTTP %1)</source>
        <translation>cổng gửi tin từ chối (HTTP %1)</translation>
    </message>
    <message>
        <source>an error on the server</source>
        <translation>lỗi trên máy chủ</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>không gửi được</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>đã thử %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No report selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chưa chọn phản ánh.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>KHẨN</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>đã ẩn</translation>
    </message>
    <message>
        <source>being handled by %1</source>
        <translation>đang xử lý bởi %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thao tác đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal identity…</source>
        <translation>Xem thông tin người phản ánh…</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Cần bạn xem lại</translation>
    </message>
    <message>
        <source>Meanwhile the report became: %1 (version %2)</source>
        <translation>Trong lúc đó phản ánh đã thành: %1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>Do it again on the report as it is now</source>
        <translation>Thực hiện lại trên phản ánh hiện tại</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>Bỏ thao tác</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Edited by the IOC; removed words struck through, added words highlighted.</source>
        <translation>IOC đã chỉnh sửa; từ bị bỏ được gạch ngang, từ thêm được tô màu.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Thời điểm ghi nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no — sensitive matter (Điều 9.2)</source>
        <translation>không — nội dung nhạy cảm (Điều 9.2)</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>The identity is not available to this console.</source>
        <translation>Máy này không có thông tin người phản ánh.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>Không có ảnh hoặc video.</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>chụp lúc %1</translation>
    </message>
    <message>
        <source>no capture time in the file</source>
        <translation>tệp không có thời điểm chụp</translation>
    </message>
    <message>
        <source>software: %1</source>
        <translation>phần mềm: %1</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang tính</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>(cannot be shown)</source>
        <translation>(không hiển thị được)</translation>
    </message>
    <message>
        <source>Opens with the system's video player</source>
        <translation>Mở bằng trình phát video của hệ thống</translation>
    </message>
    <message>
        <source>Double-click to enlarge</source>
        <translation>Nhấp đúp để phóng to</translation>
    </message>
    <message>
        <source>Masked. Revealing it asks for a reason, needs the server and is recorded in the audit log.</source>
        <translation>Đã che. Muốn xem phải nêu lý do, cần kết nối máy chủ và được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ResultEditor</name>
    <message>
        <source>&amp;Reply to the citizen (template of Appendix 1):</source>
        <translation>&amp;Văn bản trả lời người phản ánh (mẫu Phụ lục 1):</translation>
    </message>
    <message>
        <source>Result &amp;photos and files (required before publication, Art. 12.2):</source>
        <translation>&amp;Hình ảnh, tệp chứng minh kết quả (bắt buộc trước khi đăng tải, Điều 12.2):</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Đính &amp;kèm…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Result photos and files</source>
        <translation>Hình ảnh, tệp kết quả xử lý</translation>
    </message>
    <message>
        <source>Photos, videos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp *.pdf);;All files (*)</source>
        <translation>Hình ảnh, video và tệp PDF (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp *.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>On the server: %1…</source>
        <translation>Đã có trên máy chủ: %1…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Mới: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::SanctionsDialog</name>
    <message>
        <source>Sender's account — %1</source>
        <translation>Tài khoản người gửi — %1</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Đang hỏi máy chủ…</translation>
    </message>
    <message>
        <source>Required: recorded in the audit trail</source>
        <translation>Bắt buộc: được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>Lock interactions for a month</source>
        <translation>Khóa chức năng tương tác 1 tháng</translation>
    </message>
    <message>
        <source>Unlock interactions</source>
        <translation>Mở khóa chức năng tương tác</translation>
    </message>
    <message>
        <source>Record a violating interaction</source>
        <translation>Ghi nhận tương tác vi phạm</translation>
    </message>
    <message>
        <source>Submissions rejected as violating: %1 (locked after more than 2, Art. 14.1.a).</source>
        <translation>Số phản ánh bị từ chối do vi phạm: %1 (khóa khi vi phạm trên 2 lần, Điều 14.1.a).</translation>
    </message>
    <message>
        <source>Flagged: the account may be locked.</source>
        <translation>Đã đủ điều kiện khóa tài khoản.</translation>
    </message>
    <message>
        <source>The account is locked: it cannot send reports.</source>
        <translation>Tài khoản đang bị khóa: không gửi được phản ánh.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>Tài khoản không bị khóa.</translation>
    </message>
    <message>
        <source>Violating interactions in the last month: %1 (locked for a month after more than 2, Art. 14.1.b).</source>
        <translation>Số tương tác vi phạm trong 1 tháng qua: %1 (khóa 1 tháng khi vi phạm trên 2 lần, Điều 14.1.b).</translation>
    </message>
    <message>
        <source>Flagged: interactions may be locked.</source>
        <translation>Đã đủ điều kiện khóa chức năng tương tác.</translation>
    </message>
    <message>
        <source>Interactions locked until %1.</source>
        <translation>Chức năng tương tác bị khóa đến %1.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::VerificationDialog</name>
    <message>
        <source>Findings of the chosen condition</source>
        <translation>Kết quả kiểm tra của điều kiện đang chọn</translation>
    </message>
    <message>
        <source>Changes to the text</source>
        <translation>Những chỗ đã sửa trong nội dung</translation>
    </message>
    <message>
        <source>The report and its possible duplicates</source>
        <translation>Phản ánh và các phản ánh có thể trùng lặp</translation>
    </message>
    <message>
        <source>Verification checklist</source>
        <translation>Danh mục kiểm tra xác minh</translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Ảnh và video</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>%1 — %2% alike · %3
%4</source>
        <translation>%1 — giống %2% · %3
%4</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Có thể trùng lặp (%1)</translation>
    </message>
    <message>
        <source>The report it may repeat</source>
        <translation>Phản ánh có thể bị trùng</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>cần xem xét</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>&amp;Spell out abbreviations</source>
        <translation>&amp;Viết đầy đủ các từ viết tắt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>C&amp;ontent (corrections keep the original; Art. 9.1):</source>
        <translation>&amp;Nội dung (chỉnh sửa vẫn giữ bản gốc; Điều 9.1):</translation>
    </message>
    <message>
        <source>Photos and videos (double-click to open):</source>
        <translation>Hình ảnh, video (nhấp đúp để mở):</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Phản ánh này</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Non-&amp;public (Art. 9.2)</source>
        <translation>&amp;Không công khai (Điều 9.2)</translation>
    </message>
    <message>
        <source>&amp;Urgent (Art. 15)</source>
        <translation>&amp;Khẩn (Điều 15)</translation>
    </message>
    <message>
        <source>Then open the ne&amp;xt report to verify</source>
        <translation>Sau đó mở phản ánh &amp;tiếp theo cần xác minh</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Request a supplement…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Verify the identity (4 working hours)</source>
        <translation>Xác minh danh tính (4 giờ làm việc)</translation>
    </message>
    <message>
        <source>Skip to the next</source>
        <translation>Bỏ qua, sang phản ánh tiếp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Sensitive matter (Art. 9.2)</source>
        <translation>Nội dung nhạy cảm (Điều 9.2)</translation>
    </message>
    <message>
        <source>Needs immediate handling (Art. 15)</source>
        <translation>Cần xử lý ngay (Điều 15)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Verification — %1</source>
        <translation>Xác minh — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · received %4 · overall: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · tiếp nhận %4 · kết quả chung: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No report near in place and time.</source>
        <translation>Không có phản ánh nào gần về địa điểm và thời gian.</translation>
    </message>
    <message>
        <source>Checked in %1 ms. Decide with the buttons or their shortcuts.</source>
        <translation>Đã kiểm tra trong %1 ms. Quyết định bằng các nút hoặc phím tắt.</translation>
    </message>
    <message>
        <source>This report is “%1”: only some decisions apply.</source>
        <translation>Phản ánh đang ở trạng thái “%1”: chỉ một số quyết định áp dụng được.</translation>
    </message>
    <message>
        <source>%1 (%2, received %3)
%4
%5</source>
        <translation>%1 (%2, tiếp nhận %3)
%4
%5</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Không có ảnh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>No correction.</source>
        <translation>Chưa chỉnh sửa.</translation>
    </message>
    <message>
        <source>Give a reason for changing public or urgent.</source>
        <translation>Hãy nêu lý do thay đổi công khai hoặc mức khẩn.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Tiêu đề không được để trống.</translation>
    </message>
    <message>
        <source>Identity to be confirmed by phone.</source>
        <translation>Cần xác minh danh tính qua điện thoại.</translation>
    </message>
    <message>
        <source>To confirm: %1</source>
        <translation>Cần xác minh: %1</translation>
    </message>
    <message>
        <source>Reason (changing public or urgent, accepting without a photo)</source>
        <translation>Lý do (thay đổi công khai, mức khẩn, tiếp nhận không có ảnh)</translation>
    </message>
    <message>
        <source>Accepting without a photo or video needs a reason (Art. 7.6.2.a): write it in the reason field.</source>
        <translation>Tiếp nhận khi không có hình ảnh, video cần nêu lý do (Điều 7.6.2.a): ghi vào ô lý do.</translation>
    </message>
    <message>
        <source>Accepted without a photo or video: %1</source>
        <translation>Tiếp nhận không có hình ảnh, video: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::processing</name>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation>(chưa có kết quả)</translation>
    </message>
    <message>
        <source>Accept the report for processing (within 30 minutes of distribution, Art. 11.1.a). Processing time then runs: 6 working days.</source>
        <translation>Tiếp nhận phản ánh để xử lý (trong 30 phút kể từ khi được phân phối, Điều 11.1.a). Thời hạn xử lý sau đó: 6 ngày làm việc.</translation>
    </message>
    <message>
        <source>Urgent (Art. 15): record that forces were sent to the scene, within 30 minutes.</source>
        <translation>Khẩn cấp (Điều 15): ghi nhận đã điều động lực lượng đến hiện trường, trong vòng 30 phút.</translation>
    </message>
    <message>
        <source>Urgent (Art. 15): the situation is handled; the result must be updated and approved within 1 hour.</source>
        <translation>Khẩn cấp (Điều 15): sự việc đã được xử lý; kết quả phải được cập nhật và phê duyệt trong vòng 1 giờ.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>What the processing officer must redo</source>
        <translation>Nội dung nhân sự xử lý cần làm lại</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>The 60 minutes for a return have passed: the late return is recorded.</source>
        <translation>Đã quá 60 phút để trả lại: việc trả lại muộn được ghi nhận.</translation>
    </message>
    <message>
        <source>Why not competent</source>
        <translation>Lý do không thuộc thẩm quyền</translation>
    </message>
    <message>
        <source>— another unit (name it below) —</source>
        <translation>— đơn vị khác (ghi tên bên dưới) —</translation>
    </message>
    <message>
        <source>Competent agency</source>
        <translation>Cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Or the unit's name</source>
        <translation>Hoặc tên đơn vị</translation>
    </message>
    <message>
        <source>The citizen is told the report will not be handled, why, and how to send it again (Art. 11.1.c, within 1 working day).</source>
        <translation>Người phản ánh được trả lời không xử lý, nêu lý do và hướng dẫn gửi lại (Điều 11.1.c, trong 1 ngày làm việc).</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>How to resubmit</source>
        <translation>Hướng dẫn gửi lại</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>New due time (now %1)</source>
        <translation>Thời hạn mới (hiện tại %1)</translation>
    </message>
    <message>
        <source>Answer the citizen with a commitment result (Appendix 1)</source>
        <translation>Trả lời người phản ánh bằng kết quả cam kết thời gian (Phụ lục 1)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Nội dung cam kết</translation>
    </message>
    <message>
        <source>We agree with the result</source>
        <translation>Thống nhất với kết quả xử lý</translation>
    </message>
    <message>
        <source>We disagree (the report goes back to processing)</source>
        <translation>Không thống nhất (phản ánh trở lại bước xử lý)</translation>
    </message>
    <message>
        <source>The citizen wrote</source>
        <translation>Người phản ánh viết</translation>
    </message>
    <message>
        <source>Answer (within 1 working day)</source>
        <translation>Trả lời (trong 1 ngày làm việc)</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>Đồng ý gia hạn</translation>
    </message>
    <message>
        <source>Art. 11.2.b allows an extension only on these grounds. The agency's leader decides on it.</source>
        <translation>Chỉ được gia hạn trong các trường hợp tại điểm b Khoản 2 Điều 11. Lãnh đạo cơ quan quyết định.</translation>
    </message>
    <message>
        <source>Comment (required to refuse)</source>
        <translation>Ý kiến (bắt buộc khi không đồng ý)</translation>
    </message>
    <message>
        <source>Commitment result for the citizen:</source>
        <translation>Kết quả cam kết gửi người phản ánh:</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Trường hợp gia hạn</translation>
    </message>
    <message>
        <source>Ground: %1
Reason: %2
New due time: %3</source>
        <translation>Trường hợp: %1
Lý do: %2
Thời hạn mới: %3</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Past 6 working days without a result, tell the reporter how processing stands (Art. 11.2.b); again every 6 working days. The citizen reads it on the timeline.</source>
        <translation>Quá 6 ngày làm việc chưa có kết quả, thông báo cho người phản ánh biết tình trạng đang giải quyết (điểm b Khoản 2 Điều 11); nhắc lại sau mỗi 6 ngày làm việc. Người phản ánh xem trên dòng thời gian.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Refuse it</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Status for the citizen</source>
        <translation>Tình trạng gửi người phản ánh</translation>
    </message>
    <message>
        <source>The decree and article that apply</source>
        <translation>Nghị định, điều khoản áp dụng</translation>
    </message>
    <message>
        <source>The report goes through the administrative-sanction procedure (Art. 11.2.b, 15 B4): its own times replace the 6 working days, and status notices continue. This is not an extension.</source>
        <translation>Phản ánh phải thực hiện quy trình xử phạt vi phạm hành chính (điểm b Khoản 2 Điều 11, Bước 4 Điều 15): thời gian theo quy trình đó thay cho 6 ngày làm việc, và vẫn thông báo tình trạng. Đây không phải là gia hạn.</translation>
    </message>
    <message>
        <source>The report is still being processed: </source>
        <translation>Phản ánh đang được giải quyết: </translation>
    </message>
    <message>
        <source>What makes it so: the survey, the estimate, the agencies involved…</source>
        <translation>Vì sao: khảo sát, lập dự toán, các cơ quan liên quan…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AuthenticatorDialog</name>
    <message>
        <source>One-time codes for an account</source>
        <translation>Mã xác thực một lần cho tài khoản</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Tạo mã mới</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Mã QR cho ứng dụng xác thực</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Mã dự phòng</translation>
    </message>
    <message>
        <source>A new code replaces the account's earlier one at once: the person must scan it before signing in again.</source>
        <translation>Mã mới thay thế ngay mã cũ của tài khoản: người dùng phải quét mã mới trước khi đăng nhập lại.</translation>
    </message>
    <message>
        <source>Scan the code with the authenticator app of %1 (or type the key %2). Shown only now.</source>
        <translation>Quét mã bằng ứng dụng xác thực của %1 (hoặc nhập khóa %2). Chỉ hiển thị lần này.</translation>
    </message>
    <message>
        <source>&amp;Recovery codes: each works once if the phone is lost. Give them to %1 to keep apart from the phone.</source>
        <translation>&amp;Mã dự phòng: mỗi mã dùng được một lần khi mất điện thoại. Giao cho %1 cất giữ tách riêng khỏi điện thoại.</translation>
    </message>
    <message>
        <source>Done: the account's earlier code no longer works.</source>
        <translation>Đã xong: mã cũ của tài khoản không còn dùng được.</translation>
    </message>
</context>
<context>
    <name>ioc::AccountsController</name>
    <message>
        <source>Asking the server for the accounts…</source>
        <translation>Đang lấy danh sách tài khoản từ máy chủ…</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Máy chủ không trả lời.</translation>
    </message>
    <message>
        <source>The server did not answer; nothing was changed.</source>
        <translation>Máy chủ không trả lời; chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách rời</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng khung</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách khung ra hoặc gắn lại vào cửa sổ</translation>
    </message>
</context>
<context>
    <name>ioc::reporting</name>
    <message>
        <source>processing over the time limit or a commitment not kept</source>
        <translation>quá thời gian xử lý hoặc không cập nhật kết quả theo thời gian gia hạn</translation>
    </message>
    <message>
        <source>satisfaction under 70 %</source>
        <translation>tỷ lệ hài lòng dưới 70 %</translation>
    </message>
    <message>
        <source>more than 2 reminder letters</source>
        <translation>quá 02 văn bản nhắc nhở</translation>
    </message>
    <message>
        <source>satisfied and acceptable under 50 %</source>
        <translation>mức độ hài lòng và chấp nhận dưới 50 %</translation>
    </message>
    <message>
        <source>more than 30 % of interactions unanswered</source>
        <translation>quá 30 % tương tác không có phản hồi</translation>
    </message>
    <message>
        <source>more than 2 hotline calls not answered</source>
        <translation>quá 2 lần không nhận điện thoại đường dây nóng</translation>
    </message>
    <message>
        <source>more than 20 % of returns late</source>
        <translation>quá 20 % phản ánh trả lại quá thời gian quy định</translation>
    </message>
    <message>
        <source>more than 20 % of violations repeated</source>
        <translation>quá 20 % vi phạm được lặp lại</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>good cooperation</source>
        <translation>phối hợp tốt</translation>
    </message>
    <message>
        <source>fair cooperation</source>
        <translation>phối hợp chưa tốt</translation>
    </message>
    <message>
        <source>poor cooperation</source>
        <translation>thiếu trách nhiệm, thiếu phối hợp</translation>
    </message>
</context>
<context>
    <name>ioc::reporting::render</name>
    <message>
        <source>Reports received by channel, %1</source>
        <translation>Phản ánh tiếp nhận theo kênh, %1</translation>
    </message>
    <message>
        <source>Reports received by category, %1</source>
        <translation>Phản ánh tiếp nhận theo lĩnh vực, %1</translation>
    </message>
    <message>
        <source>On-time share per step, %1</source>
        <translation>Tỷ lệ đúng hạn theo bước, %1</translation>
    </message>
    <message>
        <source>Citizens' ratings, %1</source>
        <translation>Đánh giá của người phản ánh, %1</translation>
    </message>
    <message>
        <source>Overdue now by agency, at %1</source>
        <translation>Quá hạn theo cơ quan, lúc %1</translation>
    </message>
    <message>
        <source>Overdue now by step, at %1</source>
        <translation>Quá hạn theo bước, lúc %1</translation>
    </message>
    <message>
        <source>Report on field reports, %1</source>
        <translation>Báo cáo phản ánh hiện trường, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>lúc %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Phản ánh tiếp nhận</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kênh: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Results published</source>
        <translation>Đã công khai kết quả</translation>
    </message>
    <message>
        <source>Rejected (received in the period)</source>
        <translation>Từ chối tiếp nhận (tiếp nhận trong kỳ)</translation>
    </message>
    <message>
        <source>Declined by the agency</source>
        <translation>Cơ quan từ chối xử lý</translation>
    </message>
    <message>
        <source>Cancelled at the citizen's request</source>
        <translation>Hủy theo đề nghị của người phản ánh</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>On time: %1</source>
        <translation>Đúng hạn: %1</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Phản ánh đang xử lý</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Due within 1 hour</source>
        <translation>Đến hạn trong 1 giờ</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Đến hạn trong 1 ngày làm việc</translation>
    </message>
    <message>
        <source>Urgent and open</source>
        <translation>Khẩn, đang xử lý</translation>
    </message>
    <message>
        <source>Hidden and open (14.1.c)</source>
        <translation>Bị ẩn, đang xử lý (14.1.c)</translation>
    </message>
    <message>
        <source>Outstanding (received before the end of the period, open)</source>
        <translation>Tồn đọng (tiếp nhận trước khi hết kỳ, chưa xong)</translation>
    </message>
    <message>
        <source>Stuck (outstanding, a step overdue)</source>
        <translation>Vướng mắc (tồn đọng, có bước quá hạn)</translation>
    </message>
    <message>
        <source>… and %1 more: the spreadsheet (XLSX) lists them all.</source>
        <translation>… và %1 phản ánh khác: bảng tính (XLSX) liệt kê đầy đủ.</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>No.: …/BC-IOC</source>
        <translation>Số: …/BC-IOC</translation>
    </message>
    <message>
        <source>%1, %2 %3 %4</source>
        <translation>%1, %2 %3 %4</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>Receipt and processing of field reports</source>
        <translation>Tình hình tiếp nhận, xử lý phản ánh hiện trường</translation>
    </message>
    <message>
        <source>To: the Provincial People's Committee</source>
        <translation>Kính gửi: Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <source>Pursuant to Decision 2573/QĐ-UBND of 25/10/2024 (Điều 18.2.f), the standing office of the Intelligent Operations Center reports the receipt and processing of field reports over the period %1, as follows.</source>
        <translation>Thực hiện Quyết định số 2573/QĐ-UBND ngày 25/10/2024 (điểm f khoản 2 Điều 18), Thường trực Trung tâm Giám sát điều hành thông minh tỉnh báo cáo tình hình tiếp nhận, xử lý phản ánh hiện trường trong kỳ %1 như sau.</translation>
    </message>
    <message>
        <source>Reports received before the system went live (%1) are not counted.</source>
        <translation>Không tính các phản ánh tiếp nhận trước ngày hệ thống vận hành chính thức (%1).</translation>
    </message>
    <message>
        <source>Month %1/%2 (from %3 to %4)</source>
        <translation>Tháng %1/%2 (từ %3 đến %4)</translation>
    </message>
    <message>
        <source>Quarter %1 of %2 (from %3 to %4)</source>
        <translation>Quý %1 năm %2 (từ %3 đến %4)</translation>
    </message>
    <message>
        <source>Year %1 (from %2 to %3)</source>
        <translation>Năm %1 (từ %2 đến %3)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>I. Reports received, %1</source>
        <translation>I. Tiếp nhận phản ánh, %1</translation>
    </message>
    <message>
        <source>Received in the period: %1 reports.</source>
        <translation>Tiếp nhận trong kỳ: %1 phản ánh.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>II. Results, %1</source>
        <translation>II. Kết quả xử lý, %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reasons for rejection (a report may have several):</source>
        <translation>Lý do từ chối tiếp nhận (một phản ánh có thể có nhiều lý do):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>III. Time limits per step, %1</source>
        <translation>III. Thời hạn theo từng bước, %1</translation>
    </message>
    <message>
        <source>A step counts when its clock stopped in the period, or when its due time passed in the period with the step still undone (counted as late). A share over fewer than %1 steps reads "too few".</source>
        <translation>Một bước được tính khi thời hạn của bước dừng trong kỳ, hoặc khi hạn đã qua trong kỳ mà bước chưa thực hiện (tính là trễ hạn). Tỷ lệ trên dưới %1 lượt ghi "quá ít".</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Đã xét</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Thời gian trung vị</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Phân vị 90</translation>
    </message>
    <message>
        <source>IV. Citizens' satisfaction, %1</source>
        <translation>IV. Mức độ hài lòng của người phản ánh, %1</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>V. Overdue now, at %1</source>
        <translation>V. Phản ánh đang quá hạn, lúc %1</translation>
    </message>
    <message>
        <source>%1 reports have a step past its due time.</source>
        <translation>%1 phản ánh có bước đã quá hạn.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>VI. Evaluation of the agencies (Điều 14.2, 14.3), %1</source>
        <translation>VI. Đánh giá các cơ quan, đơn vị xử lý (khoản 2, khoản 3 Điều 14), %1</translation>
    </message>
    <message>
        <source>14.2 is judged over the period; 14.3 over the ranking year %1 (Điều 19)%2.</source>
        <translation>Khoản 2 xét trong kỳ; khoản 3 xét theo năm xếp loại %1 (Điều 19)%2.</translation>
    </message>
    <message>
        <source>, so far: the verdicts are not final before the year ends</source>
        <translation>, tính đến nay: kết luận chưa chính thức trước khi hết năm</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>đủ điều kiện</translation>
    </message>
    <message>
        <source>not eligible for "Excellent" (%1)</source>
        <translation>không đủ điều kiện Hoàn thành xuất sắc (%1)</translation>
    </message>
    <message>
        <source>reported: %1</source>
        <translation>báo cáo vi phạm: %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Distr.</source>
        <translation>Được phân phối</translation>
    </message>
    <message>
        <source>On time / late / overdue</source>
        <translation>Đúng hạn / trễ hạn / đang quá hạn</translation>
    </message>
    <message>
        <source>14.2.a commit.</source>
        <translation>14.2.a gia hạn</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Cooperation of %1 (14.2.c): %2. %3</source>
        <translation>Tinh thần phối hợp của %1 (điểm c khoản 2 Điều 14): %2. %3</translation>
    </message>
    <message>
        <source>VII. Outstanding and stuck reports, at %1</source>
        <translation>VII. Tồn đọng, vướng mắc, lúc %1</translation>
    </message>
    <message>
        <source>Received before the end of the period and still open: %1; of these, %2 with a step past its due time.</source>
        <translation>Tiếp nhận trước khi hết kỳ và chưa xử lý xong: %1; trong đó %2 phản ánh có bước quá hạn.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Recipients: as above; filed.</source>
        <translation>Nơi nhận: như trên; lưu VT.</translation>
    </message>
    <message>
        <source>(signed)</source>
        <translation>(đã ký)</translation>
    </message>
    <message>
        <source>too few (%1)</source>
        <translation>quá ít (%1)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Được phân phối</translation>
    </message>
    <message>
        <source>Processed on time</source>
        <translation>Xử lý đúng hạn</translation>
    </message>
    <message>
        <source>Processed late</source>
        <translation>Xử lý trễ hạn</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Commitments missed</source>
        <translation>Không cập nhật theo gia hạn</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Legitimate interactions</source>
        <translation>Tương tác hợp lệ</translation>
    </message>
    <message>
        <source>Interactions unanswered</source>
        <translation>Tương tác không phản hồi</translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>Văn bản nhắc nhở</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Không nhận điện thoại</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Late returns</source>
        <translation>Trả lại quá hạn</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Vi phạm lặp lại</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tiêu chí vi phạm</translation>
    </message>
    <message>
        <source>Eligible for "Excellent"</source>
        <translation>Đủ điều kiện Hoàn thành xuất sắc</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Hours overdue</source>
        <translation>Số giờ quá hạn</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>List of reports</source>
        <translation>Danh sách phản ánh</translation>
    </message>
    <message>
        <source>too few to judge: %1</source>
        <translation>quá ít để đánh giá: %1</translation>
    </message>
    <message>
        <source>IOC standing office</source>
        <translation>Thường trực IOC</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Các lĩnh vực khác</translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation>Các cơ quan khác</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>chưa có đánh giá</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Kính gửi: %1</translation>
    </message>
    <message>
        <source>The field reports concerned:</source>
        <translation>Các phản ánh hiện trường liên quan:</translation>
    </message>
    <message>
        <source>Reminder letter %1</source>
        <translation>Văn bản nhắc nhở số %1</translation>
    </message>
</context>
<context>
    <name>ioc::SupervisionController</name>
    <message>
        <source>The figures could not be read from this workstation's copy: %1</source>
        <translation>Không đọc được số liệu từ bản sao trên máy trạm này: %1</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Đã hủy: không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Không ghi được báo cáo: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message numerus="yes">
        <source>From the dashboard: %1 (%n report(s))</source>
        <translation>
            <numerusform>Từ bảng giám sát: %1 (%n phản ánh)</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue in %1</source>
        <translation>quá hạn tại %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::DashboardWindow</name>
    <message>
        <source>Pages of the dashboard</source>
        <translation>Các trang của bảng giám sát</translation>
    </message>
    <message>
        <source>Click a bar or a slice to open its reports in the queue.</source>
        <translation>Bấm vào một cột hoặc một phần để mở các phản ánh tương ứng trong danh sách.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <source>Press Enter on a figure, or double-click it, to open its reports in the queue.</source>
        <translation>Nhấn Enter hoặc bấm đúp vào một số liệu để mở các phản ánh tương ứng trong danh sách.</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>Next report due: %1 %2, before %3</source>
        <translation>Báo cáo kế tiếp: %1 %2, trước ngày %3</translation>
    </message>
    <message>
        <source>Now, at %1</source>
        <translation>Hiện tại, lúc %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due within 1 hour</source>
        <translation>Đến hạn trong 1 giờ</translation>
    </message>
    <message>
        <source>Due within 1 working day</source>
        <translation>Đến hạn trong 1 ngày làm việc</translation>
    </message>
    <message>
        <source>Urgent, open</source>
        <translation>Khẩn, đang xử lý</translation>
    </message>
    <message>
        <source>Hidden, open (14.1.c)</source>
        <translation>Bị ẩn, đang xử lý (14.1.c)</translation>
    </message>
    <message>
        <source>%1 at %2: open them in the queue</source>
        <translation>%1 lúc %2: mở trong danh sách</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(chưa xác định địa bàn)</translation>
    </message>
    <message>
        <source>Step, %1</source>
        <translation>Bước, %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Thời gian trung vị</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Phân vị 90</translation>
    </message>
    <message>
        <source>Supervision dashboard</source>
        <translation>Bảng giám sát</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Đị&amp;a bàn:</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <source>Periodic &amp;report…</source>
        <translation>Báo cáo định &amp;kỳ…</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Hiện tại</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Xu hướng</translation>
    </message>
    <message>
        <source>&amp;Evaluation of the agencies</source>
        <translation>Đánh &amp;giá cơ quan</translation>
    </message>
    <message>
        <source>Oldest open reports</source>
        <translation>Phản ánh tồn lâu nhất</translation>
    </message>
    <message>
        <source>Open and overdue reports by area</source>
        <translation>Phản ánh đang xử lý và quá hạn theo địa bàn</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Theo địa bàn</translation>
    </message>
    <message>
        <source>Time limits per step</source>
        <translation>Thời hạn theo từng bước</translation>
    </message>
    <message>
        <source>Colour the &amp;map by the overdue reports of each area</source>
        <translation>Tô &amp;màu bản đồ theo số phản ánh quá hạn của từng địa bàn</translation>
    </message>
</context>
<context>
    <name>ioc::ui::PeriodicReportDialog</name>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Monthly (Điều 18.2.f)</source>
        <translation>Hằng tháng (điểm f khoản 2 Điều 18)</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Evaluation of the agencies (ranking year, Điều 19)</source>
        <translation>Đánh giá các cơ quan (năm xếp loại, Điều 19)</translation>
    </message>
    <message>
        <source>Ad hoc period</source>
        <translation>Đột xuất (chọn khoảng thời gian)</translation>
    </message>
    <message>
        <source>PDF (to print and sign)</source>
        <translation>PDF (để in và ký)</translation>
    </message>
    <message>
        <source>XLSX spreadsheet (every report listed)</source>
        <translation>Bảng tính XLSX (liệt kê mọi phản ánh)</translation>
    </message>
    <message>
        <source>ODT text document (LibreOffice, Word)</source>
        <translation>Văn bản ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>With a byte-order mark, for &amp;Excel</source>
        <translation>Kèm dấu thứ tự byte, cho &amp;Excel</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Lưu &amp;thành:</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>&amp;Ghi báo cáo</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>ioc::ui::LetterDialog</name>
    <message>
        <source>Reminder letter to an agency</source>
        <translation>Văn bản nhắc nhở cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>The reports the letter is about</source>
        <translation>Các phản ánh văn bản đề cập</translation>
    </message>
    <message>
        <source>&amp;Leave out the selected report</source>
        <translation>&amp;Bỏ phản ánh đã chọn</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Phản ánh:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Title of the signatory:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>&amp;Issue the letter</source>
        <translation>&amp;Ban hành văn bản</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Điều 14.3.a: more than two reminder letters in a year bar the agency from the "Excellent" ranking. The server gives the letter its number.</source>
        <translation>Điểm a khoản 3 Điều 14: quá 02 văn bản nhắc nhở trong năm thì cơ quan không được xếp loại Hoàn thành xuất sắc nhiệm vụ. Máy chủ cấp số cho văn bản.</translation>
    </message>
    <message>
        <source>Sending the letter to the server…</source>
        <translation>Đang gửi văn bản lên máy chủ…</translation>
    </message>
    <message>
        <source>Issued as letter No. %1. It counts for the agency under Điều 14.3.a.</source>
        <translation>Đã ban hành văn bản số %1. Văn bản được tính cho cơ quan theo điểm a khoản 3 Điều 14.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AssessmentDialog</name>
    <message>
        <source>Cooperation of %1</source>
        <translation>Tinh thần phối hợp của %1</translation>
    </message>
    <message>
        <source>The results and the phone handling that show it (Điều 14.2.c)</source>
        <translation>Kết quả xử lý và việc tiếp nhận điện thoại cho thấy điều đó (điểm c khoản 2 Điều 14)</translation>
    </message>
    <message>
        <source>Period: %1 – %2. An assessment of the same period replaces the earlier one.</source>
        <translation>Kỳ đánh giá: %1 – %2. Đánh giá mới cho cùng kỳ thay thế đánh giá trước.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
</context>
<context>
    <name>ioc::SupervisionRecordsController</name>
    <message>
        <source>%1 has no lead agency: a reminder letter goes to the agency processing a report.</source>
        <translation>%1 chưa có cơ quan chủ trì: văn bản nhắc nhở gửi đến cơ quan đang xử lý phản ánh.</translation>
    </message>
    <message>
        <source>On the late processing of field reports</source>
        <translation>V/v chậm xử lý phản ánh hiện trường</translation>
    </message>
    <message>
        <source>Monitoring the field-report system, the standing office of the Intelligent Operations Center finds that %1 has not processed the field reports listed below within the time limits of Decision 2573/QĐ-UBND (Điều 11).
We ask %1 to direct their processing without delay, to update the results in the system and to report to the Center.</source>
        <translation>Qua theo dõi trên Hệ thống thông tin phản ánh hiện trường, Thường trực Trung tâm Giám sát điều hành thông minh tỉnh nhận thấy %1 chưa xử lý đúng thời hạn quy định tại Quyết định số 2573/QĐ-UBND (Điều 11) các phản ánh hiện trường dưới đây.
Đề nghị %1 khẩn trương chỉ đạo xử lý, cập nhật kết quả trên Hệ thống và báo cáo về Trung tâm.</translation>
    </message>
    <message>
        <source>DIRECTOR</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>The server cannot be reached: the letter was not issued. Try again when the connection is back.</source>
        <translation>Không kết nối được máy chủ: văn bản chưa được ban hành. Hãy thử lại khi có kết nối.</translation>
    </message>
    <message>
        <source>The letter was not issued: %1</source>
        <translation>Văn bản chưa được ban hành: %1</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Lưu văn bản thành</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: nothing was recorded.</source>
        <translation>Không kết nối được máy chủ: chưa ghi nhận gì.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Chưa ghi nhận: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::EvaluationPage</name>
    <message>
        <source>Evaluation of the agencies, %1. Điều 14.2 is judged over the window; Điều 14.3 over the ranking year %2%3. A share over fewer than the minimum sample reads "too few" and raises no flag. Press Enter or double-click a cell to open its reports.</source>
        <translation>Đánh giá các cơ quan, đơn vị, %1. Khoản 2 Điều 14 xét trong khoảng thời gian đã chọn; khoản 3 Điều 14 xét theo năm xếp loại %2%3. Tỷ lệ trên số lượng dưới mức tối thiểu ghi "quá ít" và không tính vi phạm. Nhấn Enter hoặc bấm đúp vào một ô để mở các phản ánh tương ứng.</translation>
    </message>
    <message>
        <source> (so far: not final before the year ends)</source>
        <translation> (tính đến nay: chưa chính thức trước khi hết năm)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Được phân phối</translation>
    </message>
    <message>
        <source>Processed on time</source>
        <translation>Xử lý đúng hạn</translation>
    </message>
    <message>
        <source>Processed late</source>
        <translation>Xử lý trễ hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Commitments missed (14.2.a)</source>
        <translation>Không cập nhật theo gia hạn (14.2.a)</translation>
    </message>
    <message>
        <source>Satisfied (14.2.b)</source>
        <translation>Hài lòng (14.2.b)</translation>
    </message>
    <message>
        <source>Satisfied or acceptable (14.3.b)</source>
        <translation>Hài lòng và chấp nhận (14.3.b)</translation>
    </message>
    <message>
        <source>Interactions unanswered (14.3.c)</source>
        <translation>Tương tác không phản hồi (14.3.c)</translation>
    </message>
    <message>
        <source>Reminder letters (14.3.a)</source>
        <translation>Văn bản nhắc nhở (14.3.a)</translation>
    </message>
    <message>
        <source>Missed calls (14.3.d)</source>
        <translation>Không nhận điện thoại (14.3.d)</translation>
    </message>
    <message>
        <source>Late returns (14.3.e)</source>
        <translation>Trả lại quá hạn (14.3.e)</translation>
    </message>
    <message>
        <source>Repeated (14.3.f)</source>
        <translation>Vi phạm lặp lại (14.3.f)</translation>
    </message>
    <message>
        <source>Cooperation (14.2.c)</source>
        <translation>Tinh thần phối hợp (14.2.c)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>eligible for "Excellent"</source>
        <translation>đủ điều kiện Hoàn thành xuất sắc</translation>
    </message>
    <message>
        <source>not eligible for "Excellent" (%1)</source>
        <translation>không đủ điều kiện Hoàn thành xuất sắc (%1)</translation>
    </message>
    <message>
        <source>Evaluation of the agencies</source>
        <translation>Đánh giá các cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Reminder &amp;letter to the selected agency…</source>
        <translation>Văn bản &amp;nhắc nhở cơ quan đã chọn…</translation>
    </message>
    <message>
        <source>Assess the selected agency's &amp;cooperation…</source>
        <translation>Đánh giá tinh thần &amp;phối hợp của cơ quan đã chọn…</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MessageDeskDialog</name>
    <message>
        <source>Call backs owed and messages not sent</source>
        <translation>Việc gọi lại cho người phản ánh và tin nhắn không gửi được</translation>
    </message>
    <message>
        <source>Messages that need a person</source>
        <translation>Tin nhắn cần xử lý</translation>
    </message>
    <message>
        <source>Call backs owed</source>
        <translation>Việc gọi lại cho người phản ánh</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Tin nhắn không gửi được</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>&amp;Reached: the reply was given</source>
        <translation>&amp;Liên lạc được: đã thông báo nội dung trả lời</translation>
    </message>
    <message>
        <source>&amp;Not reached (no answer, wrong number)</source>
        <translation>&amp;Không liên lạc được (không nghe máy, sai số)</translation>
    </message>
    <message>
        <source>What was said, or why the call did not get through</source>
        <translation>Nội dung đã trao đổi, hoặc lý do không liên lạc được</translation>
    </message>
    <message>
        <source>Re&amp;cord the call</source>
        <translation>&amp;Ghi nhận cuộc gọi</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Mở phản ánh</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>To call a reporter back, open the report: it holds the reply to give, and the number is shown once you reveal the identity (recorded in the audit trail).</source>
        <translation>Để gọi lại cho người phản ánh, hãy mở phản ánh: ở đó có nội dung trả lời cần thông báo, và số điện thoại hiện ra khi xem thông tin người phản ánh (được ghi vào nhật ký).</translation>
    </message>
    <message>
        <source>Reply: not accepted for processing</source>
        <translation>Trả lời: không tiếp nhận xử lý</translation>
    </message>
    <message>
        <source>Request to supplement</source>
        <translation>Đề nghị bổ sung thông tin</translation>
    </message>
    <message>
        <source>Result of processing</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Result of processing (to the reporter only)</source>
        <translation>Kết quả xử lý (chỉ gửi người phản ánh)</translation>
    </message>
    <message>
        <source>How processing stands</source>
        <translation>Thông báo tình hình xử lý</translation>
    </message>
    <message>
        <source>Report distributed to the agency</source>
        <translation>Chuyển phản ánh đến cơ quan xử lý</translation>
    </message>
    <message>
        <source>Reminder to the agency</source>
        <translation>Nhắc cơ quan xử lý</translation>
    </message>
    <message>
        <source>A time limit about to run out</source>
        <translation>Sắp hết thời hạn xử lý</translation>
    </message>
    <message>
        <source>Other message</source>
        <translation>Tin nhắn khác</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation>Số lần đã gọi</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Lý do không gửi được</translation>
    </message>
    <message>
        <source>processing agency</source>
        <translation>cơ quan xử lý</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>người phản ánh</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa gọi</translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n lần không liên lạc được</numerusform>
        </translation>
    </message>
    <message>
        <source>Call backs owed (%1)</source>
        <translation>Cần gọi lại (%1)</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Không gửi được (%1)</translation>
    </message>
    <message>
        <source>Choose a call back in the first tab</source>
        <translation>Chọn một việc gọi lại ở thẻ đầu tiên</translation>
    </message>
    <message>
        <source>Write a note on the call first</source>
        <translation>Hãy ghi chú về cuộc gọi trước</translation>
    </message>
</context>
<context>
    <name>ioc::MessageDeskController</name>
    <message>
        <source>Reading the lists from the server…</source>
        <translation>Đang đọc danh sách từ máy chủ…</translation>
    </message>
    <message>
        <source>The lists could not be read: %1</source>
        <translation>Không đọc được danh sách: %1</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>không kết nối được máy chủ</translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>Cập nhật lúc %1.</translation>
    </message>
    <message>
        <source>Recording the call…</source>
        <translation>Đang ghi nhận cuộc gọi…</translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation>Chưa ghi nhận được cuộc gọi: %1</translation>
    </message>
    <message>
        <source>Recorded: the reply was given by telephone.</source>
        <translation>Đã ghi nhận: đã thông báo nội dung trả lời qua điện thoại.</translation>
    </message>
    <message>
        <source>Recorded: not reached. The call back stays owed.</source>
        <translation>Đã ghi nhận: không liên lạc được. Việc gọi lại vẫn còn.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::ClockHeader</name>
    <message>
        <source>Clock: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
</context>
<context>
    <name>ioc::ui::PhoneLookupDialog</name>
    <message>
        <source>Look up a caller&apos;s reports</source>
        <translation>Tra cứu phản ánh của người gọi</translation>
    </message>
    <message>
        <source>The reports sent from %1, as the server finds them. The server records who looked them up, when, and why; it answers with the reports, never the reporter&apos;s identity.</source>
        <translation>Các phản ánh gửi từ số %1, do máy chủ tìm. Máy chủ ghi lại ai tra cứu, lúc nào và vì sao; kết quả chỉ gồm các phản ánh, không bao giờ có thông tin cá nhân của người phản ánh.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>The citizen called the hotline about their report</source>
        <translation>Người dân gọi đường dây nóng hỏi về phản ánh của mình</translation>
    </message>
    <message>
        <source>The citizen called back to add to their report</source>
        <translation>Người dân gọi lại để bổ sung cho phản ánh của mình</translation>
    </message>
    <message>
        <source>Reason for the look-up</source>
        <translation>Lý do tra cứu</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Tra cứu</translation>
    </message>
</context>
<context>
    <name>ioc::LookupController</name>
    <message>
        <source>Looking up the reports sent from %1…</source>
        <translation>Đang tra cứu các phản ánh gửi từ số %1…</translation>
    </message>
    <message>
        <source>the look-up needs the server, which cannot be reached now</source>
        <translation>tra cứu cần máy chủ, hiện không kết nối được</translation>
    </message>
    <message>
        <source>too many look-ups in the last hour; try again later</source>
        <translation>quá nhiều lượt tra cứu trong một giờ qua; hãy thử lại sau</translation>
    </message>
    <message>
        <source>only the IOC&apos;s duty officers and supervisors look up callers</source>
        <translation>chỉ cán bộ trực và giám sát của IOC được tra cứu người gọi</translation>
    </message>
    <message>
        <source>The look-up of %1 failed: %2</source>
        <translation>Tra cứu số %1 không thành công: %2</translation>
    </message>
    <message>
        <source>No report was sent from %1.</source>
        <translation>Không có phản ánh nào gửi từ số %1.</translation>
    </message>
    <message>
        <source>(the most recent ones)</source>
        <translation>(những phản ánh gần nhất)</translation>
    </message>
    <message numerus="yes">
        <source>Sent from %1: %n report(s)</source>
        <translation>
            <numerusform>Gửi từ số %1: %n phản ánh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ReportView</name>
    <message>
        <source>Select a report first.</source>
        <translation>Hãy chọn một phản ánh trước.</translation>
    </message>
    <message>
        <source>Not possible on this report now.</source>
        <translation>Không thực hiện được với phản ánh này lúc này.</translation>
    </message>
    <message>
        <source>Not while the report is “%1”.</source>
        <translation>Không thực hiện được khi phản ánh đang ở trạng thái “%1”.</translation>
    </message>
    <message>
        <source>You are handling this report already.</source>
        <translation>Bạn đang xử lý phản ánh này rồi.</translation>
    </message>
    <message>
        <source>You are not handling this report.</source>
        <translation>Bạn không phải người đang xử lý phản ánh này.</translation>
    </message>
</context>
<context>
    <name>ioc::ui::AlertStrip</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n cảnh báo khác)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent report(s) not distributed yet.</source>
        <translation>
            <numerusform>%n phản ánh khẩn chưa được phân phối.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <source>Open the newest urgent report</source>
        <translation>Mở phản ánh khẩn mới nhất</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Dismiss the alerts</source>
        <translation>Đóng các cảnh báo</translation>
    </message>
</context>
<context>
    <name>ioc::ui::MapLegend</name>
    <message>
        <source>Clusters</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>some overdue</source>
        <translation>có phản ánh quá hạn</translation>
    </message>
    <message>
        <source>due within the hour</source>
        <translation>đến hạn trong 1 giờ</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>còn lại</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>the IOC&apos;s move</source>
        <translation>chờ IOC xử lý</translation>
    </message>
    <message>
        <source>with an agency</source>
        <translation>ở cơ quan xử lý</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã công khai</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>khẩn</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Chú giải bản đồ</translation>
    </message>
    <message>
        <source>A cluster&apos;s number is how many reports it holds; its colour, the most pressing of them.</source>
        <translation>Con số trên một cụm là số phản ánh trong cụm; màu của cụm là màu của phản ánh cấp bách nhất trong đó.</translation>
    </message>
</context>
<context>
    <name>ioc::QueueFeed</name>
    <message>
        <source>The queue could not be read from this workstation&apos;s copy in full.</source>
        <translation>Không đọc được đầy đủ hàng đợi từ bản sao dữ liệu trên máy trạm này.</translation>
    </message>
    <message>
        <source>Urgent report</source>
        <translation>Phản ánh khẩn</translation>
    </message>
    <message>
        <source>Urgent report %1: %2</source>
        <translation>Phản ánh khẩn %1: %2</translation>
    </message>
    <message>
        <source>No urgent report is waiting for distribution.</source>
        <translation>Không có phản ánh khẩn nào đang chờ phân phối.</translation>
    </message>
    <message>
        <source>The newest urgent report, %1, is not in any view here.</source>
        <translation>Phản ánh khẩn mới nhất, %1, không có trong dạng xem nào ở đây.</translation>
    </message>
    <message>
        <source>Reporter not satisfied</source>
        <translation>Người phản ánh không hài lòng</translation>
    </message>
    <message>
        <source>%1: the reporter is not satisfied with the result (%2)</source>
        <translation>%1: người phản ánh không hài lòng với kết quả xử lý (%2)</translation>
    </message>
    <message>
        <source>Deadline approaching</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>Report %1: a deadline runs out within %n minute(s).</source>
        <translation>
            <numerusform>Phản ánh %1: còn dưới %n phút là đến hạn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::LockPage</name>
    <message>
        <source>The screen is locked</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
</context>
</TS>
