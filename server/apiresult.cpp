#include "apiresult.h"

#include <array>

namespace ioc::server {

namespace {

struct Message
{
    const char *code;
    const char *vietnamese;
    const char *english;
};

// clang-format off
constexpr std::array<Message, 58> messages{{
    {"unauthorized", "Cần đăng nhập", "Sign in first"},
    {"token_invalid", "Phiên đăng nhập không hợp lệ hoặc đã hết hạn", "The session is invalid or has expired"},
    {"invalid_credentials", "Sai tên đăng nhập hoặc mật khẩu", "Wrong user name or password"},
    {"too_many_attempts", "Đăng nhập sai quá nhiều lần, vui lòng thử lại sau", "Too many failed sign-ins; try again later"},
    {"too_many_registrations", "Quá nhiều tài khoản được đăng ký từ địa chỉ này, vui lòng thử lại sau", "Too many accounts registered from this address; try again later"},
    {"totp_required", "Cần nhập mã xác thực một lần (TOTP) hoặc mã dự phòng", "Enter your one-time code (TOTP) or a recovery code"},
    {"totp_invalid", "Mã xác thực một lần không đúng", "The one-time code is wrong"},
    {"totp_used", "Mã xác thực này đã được dùng; hãy chờ mã mới", "This code was used already; wait for the next one"},
    {"totp_enrolment_required", "Vai trò của bạn phải dùng mã xác thực một lần: đề nghị quản trị viên đăng ký ứng dụng xác thực cho bạn", "Your role needs a one-time code: ask an administrator to enrol your authenticator app"},
    {"too_many_lookups", "Tra cứu người phản ánh quá nhiều lần, vui lòng thử lại sau", "Too many look-ups of reporters; try again later"},
    {"forbidden", "Bạn không có quyền thực hiện yêu cầu này", "You may not do this"},
    {"not_found", "Không tìm thấy", "Not found"},
    {"report_not_found", "Không tìm thấy phản ánh", "No such report"},
    {"handover_not_found", "Không tìm thấy ghi chú bàn giao ca", "No such handover note"},
    {"already_acknowledged", "Ghi chú bàn giao ca đã được xác nhận", "The handover note has already been acknowledged"},
    {"not_a_pending_callback", "Không còn việc gọi lại này: đã có người ghi nhận, hoặc đây không phải việc gọi lại", "No such call back is owed: someone recorded it already, or it is not a call back"},
    {"text_required", "Cần nhập nội dung", "The text is required"},
    {"invalid_tile", "Ô bản đồ không hợp lệ", "No such tile address"},
    {"tile_not_found", "Không có ô bản đồ này", "This tile is not available"},
    {"method_not_allowed", "Phương thức không được hỗ trợ", "Method not allowed"},
    {"invalid_json", "Dữ liệu gửi lên không phải JSON hợp lệ", "The body is not valid JSON"},
    {"invalid_id", "Mã định danh không hợp lệ", "Invalid identifier"},
    {"if_match_required", "Thiếu phiên bản (If-Match) cho thao tác làm thay đổi phản ánh", "This action needs an If-Match header with the report's version"},
    {"version_mismatch", "Phản ánh đã được người khác thay đổi", "The report has changed since that version"},
    {"idempotency_key_invalid", "Idempotency-Key phải là một UUID", "Idempotency-Key must be a UUID"},
    {"too_many_keys", "Tối đa 1000 mã yêu cầu mỗi lần", "At most 1000 keys at a time"},
    {"idempotency_key_reused", "Idempotency-Key đã được dùng cho một yêu cầu khác", "This Idempotency-Key was used for another request"},
    {"cursor_too_old", "Cần đồng bộ lại toàn bộ dữ liệu", "The cursor is too old: resynchronise from the start"},
    {"invalid_cursor", "Con trỏ đồng bộ không hợp lệ", "Invalid cursor"},
    {"report_exists", "Phản ánh với mã định danh này đã tồn tại", "A report with this id already exists"},
    {"not_ready", "Máy chủ đang khởi động", "The server is starting"},
    {"internal_error", "Lỗi máy chủ", "Internal server error"},
    {"account_not_found", "Không tìm thấy tài khoản", "No such account"},
    {"username_taken", "Tên đăng nhập đã được sử dụng", "This user name is taken"},
    {"user_not_found", "Không tìm thấy người dùng", "No such user"},
    {"last_admin", "Đây là quản trị viên cuối cùng còn hoạt động: hãy tạo quản trị viên khác trước", "This is the last active administrator: make another one first"},
    {"unknown_action", "Thao tác không được hỗ trợ", "Unknown action"},
    {"missing_field", "Thiếu thông tin bắt buộc", "A required field is missing"},
    {"invalid_document", "Tài liệu cấu hình không hợp lệ", "The configuration document is invalid"},
    {"payload_too_large", "Dữ liệu gửi lên quá lớn", "The request body is too large"},
    {"acted_at_in_future", "Thời điểm thao tác nằm ở tương lai", "acted_at lies in the future"},
    {"acted_at_too_old", "Thời điểm thao tác đã quá thời hạn ghi nhận thao tác ngoại tuyến; hãy xác nhận lại", "acted_at is older than the offline window; confirm the action again"},
    {"acted_at_before_previous", "Thời điểm thao tác sớm hơn diễn biến trước đó của phản ánh; hãy xác nhận lại", "acted_at is earlier than what already happened to the report; confirm the action again"},
    {"invalid_value", "Giá trị không hợp lệ", "Invalid value"},
    {"upload_not_found", "Không tìm thấy lượt tải lên", "No such upload"},
    {"media_too_large", "Tệp quá lớn", "The file is too large"},
    {"invalid_content_range", "Content-Range không khớp với lượt tải lên", "Content-Range does not match the upload"},
    {"chunk_too_large", "Mỗi phần tải lên tối đa 4 MiB", "Each uploaded part may be at most 4 MiB"},
    {"upload_offset_mismatch", "Phần tải lên không nối tiếp phần đã nhận", "The part does not continue what was received"},
    {"unsupported_media_type", "Loại tệp không được chấp nhận (chỉ ảnh, video, PDF)", "File type not accepted (pictures, videos, PDF only)"},
    {"hash_mismatch", "Nội dung tệp không khớp mã SHA-256 đã khai báo, vui lòng tải lại", "The file does not match its SHA-256; send it again"},
    {"malformed_image", "Tệp ảnh bị hỏng hoặc không đọc được", "The picture is damaged or unreadable"},
    {"image_too_large", "Kích thước ảnh vượt giới hạn", "The picture's dimensions exceed the limit"},
    {"media_not_found", "Không tìm thấy tệp", "No such file"},
    {"range_not_satisfiable", "Phạm vi yêu cầu nằm ngoài tệp", "The requested range lies outside the file"},
    {"media_unknown", "Tệp đính kèm chưa được tải lên đầy đủ", "An attached file has not been uploaded"},
    {"media_limit", "Vượt số lượng hoặc dung lượng tệp cho phép của một phản ánh", "Too many or too large files for one report"},
    {"upload_quota_exceeded", "Đã vượt dung lượng tải lên cho phép trong 24 giờ, vui lòng thử lại sau", "The upload quota for 24 hours is used up; try again later"},
}};
// clang-format on

} // namespace

ApiResult ok(const QJsonObject &body, int status)
{
    return ApiResult{status, body, {}, {}, {}};
}

ApiResult error(int status, const QString &code, const QString &field)
{
    QString vi = code;
    QString en = code;
    for (const Message &m : messages) {
        if (code == QLatin1StringView(m.code)) {
            vi = QString::fromUtf8(m.vietnamese);
            en = QString::fromUtf8(m.english);
        }
    }
    QJsonObject detail{
        {QStringLiteral("code"), code}, {QStringLiteral("message"), vi}, {QStringLiteral("message_en"), en}};
    if (!field.isEmpty()) {
        detail.insert(QStringLiteral("field"), field);
    }
    return ApiResult{status, QJsonObject{{QStringLiteral("error"), detail}}, {}, {}, {}};
}

int statusOf(core::ErrorCategory category)
{
    switch (category) {
    case core::ErrorCategory::Forbidden:
        return 403;
    case core::ErrorCategory::Conflict:
        return 409;
    case core::ErrorCategory::InvalidInput:
        return 400;
    case core::ErrorCategory::OverLimit:
        return 422;
    }
    return 400;
}

ApiResult workflowError(const core::WorkflowError &e)
{
    QJsonObject detail{{QStringLiteral("code"), e.code()},
                       {QStringLiteral("message"), e.message(core::Language::Vietnamese)},
                       {QStringLiteral("message_en"), e.message(core::Language::English)}};
    if (!e.field().isEmpty()) {
        detail.insert(QStringLiteral("field"), e.field());
    }
    return ApiResult{statusOf(e.category()), QJsonObject{{QStringLiteral("error"), detail}}, {}, {}, {}};
}

} // namespace ioc::server
