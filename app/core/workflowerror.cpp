#include "core/workflowerror.h"

#include <array>

namespace ioc::core {

namespace {

struct ErrorInfo
{
    const char *code;
    ErrorCategory category;
    const char *english;
    const char *vietnamese;
};

// clang-format off
constexpr std::array<ErrorInfo, 57> errors{{
    {"unknown_action", ErrorCategory::InvalidInput, "Unknown action", "Thao tác không tồn tại"},
    {"role_not_allowed", ErrorCategory::Forbidden, "Your role may not take this action", "Vai trò của bạn không được phép thực hiện thao tác này"},
    {"agency_not_allowed", ErrorCategory::Forbidden, "This step belongs to another agency", "Bước này thuộc trách nhiệm của cơ quan khác"},
    {"report_not_visible", ErrorCategory::Forbidden, "You may not see this report", "Bạn không có quyền xem phản ánh này"},
    {"identity_consent_required", ErrorCategory::Forbidden, "The reporter has not agreed to share their identity with the processing agency", "Người phản ánh chưa đồng ý cung cấp thông tin cá nhân cho cơ quan xử lý"},
    {"transition_not_allowed", ErrorCategory::Conflict, "This action is not possible in the report's current state", "Không thể thực hiện thao tác này ở trạng thái hiện tại của phản ánh"},
    {"processing_started", ErrorCategory::Conflict, "Processing has started: the report can no longer be cancelled", "Cơ quan xử lý đã tiến hành xử lý, không thể hủy phản ánh"},
    {"not_urgent", ErrorCategory::Conflict, "This step applies to urgent reports only", "Bước này chỉ áp dụng cho phản ánh khẩn"},
    {"already_dispatched", ErrorCategory::Conflict, "Forces have already been dispatched", "Đã cử lực lượng xử lý"},
    {"already_result_obtained", ErrorCategory::Conflict, "A result has already been reported", "Đã báo có kết quả xử lý"},
    {"agreement_pending", ErrorCategory::Conflict, "The coordinating agency has not agreed with the result yet", "Cơ quan được chỉ định phối hợp chưa thống nhất kết quả xử lý"},
    {"no_agreement_pending", ErrorCategory::Conflict, "No result is waiting for the coordinating agency's agreement", "Không có kết quả nào đang chờ ý kiến thống nhất"},
    {"no_coordinator", ErrorCategory::Conflict, "No coordinating agency has been designated for this report", "Phản ánh chưa có cơ quan được chỉ định phối hợp"},
    {"no_open_interaction", ErrorCategory::Conflict, "There is no unanswered interaction", "Không có tương tác nào chưa được trả lời"},
    {"already_rated", ErrorCategory::Conflict, "The result has already been rated", "Kết quả xử lý đã được đánh giá"},
    {"interactions_locked", ErrorCategory::Forbidden, "Interactions are locked for this account", "Tài khoản đang bị khóa chức năng tương tác"},
    {"account_locked", ErrorCategory::Forbidden, "This account is locked", "Tài khoản đang bị khóa"},
    {"claimed_by_other", ErrorCategory::Conflict, "Another officer is handling this report", "Phản ánh đang được cán bộ khác xử lý"},
    {"not_claimed_by_you", ErrorCategory::Conflict, "You are not handling this report", "Bạn không phải người đang xử lý phản ánh này"},
    {"flag_unchanged", ErrorCategory::Conflict, "The report already has this setting", "Phản ánh đã ở trạng thái này"},
    {"already_hidden", ErrorCategory::Conflict, "The report is already hidden", "Phản ánh đã được ẩn"},
    {"not_hidden", ErrorCategory::Conflict, "The report is not hidden", "Phản ánh không bị ẩn"},
    {"not_flagged", ErrorCategory::Conflict, "The account has not been flagged for sanctions", "Tài khoản chưa bị đánh dấu vi phạm"},
    {"already_locked", ErrorCategory::Conflict, "The account is already locked", "Tài khoản đã bị khóa"},
    {"not_locked", ErrorCategory::Conflict, "The account is not locked", "Tài khoản không bị khóa"},
    {"unknown_field", ErrorCategory::InvalidInput, "Unknown field", "Trường dữ liệu không hợp lệ"},
    {"missing_field", ErrorCategory::InvalidInput, "A required field is missing", "Thiếu thông tin bắt buộc"},
    {"wrong_type", ErrorCategory::InvalidInput, "A field has the wrong type", "Sai kiểu dữ liệu"},
    {"empty_text", ErrorCategory::InvalidInput, "A text must not be empty", "Nội dung không được để trống"},
    {"reason_required", ErrorCategory::InvalidInput, "A reason is required", "Cần nêu lý do"},
    {"reject_needs_reason", ErrorCategory::InvalidInput, "A rejection needs at least one reason code", "Cần ít nhất một lý do không đủ điều kiện tiếp nhận"},
    {"unknown_reason", ErrorCategory::InvalidInput, "Unknown reason code", "Mã lý do không hợp lệ"},
    {"reject_needs_reply", ErrorCategory::InvalidInput, "A rejection needs a reply stating the precise reason and how to resubmit", "Cần nội dung phản hồi nêu rõ lý do và hướng dẫn gửi lại phản ánh"},
    {"duplicate_needs_original", ErrorCategory::InvalidInput, "A duplicate must name the report it duplicates", "Cần chỉ rõ phản ánh bị trùng lặp"},
    {"duplicate_of_itself", ErrorCategory::InvalidInput, "A report cannot duplicate itself", "Phản ánh không thể trùng với chính nó"},
    {"repeat_needs_original", ErrorCategory::InvalidInput, "Choose the earlier report whose violation this one repeats", "Cần chọn phản ánh đã xử lý trước đó mà phản ánh này lặp lại vi phạm"},
    {"repeat_of_itself", ErrorCategory::InvalidInput, "A report cannot repeat itself", "Phản ánh không thể lặp lại chính nó"},
    {"repeat_original_not_handled", ErrorCategory::OverLimit, "The earlier report has not been handled yet: only a repeat of a handled report counts (14.3.f)", "Phản ánh trước đó chưa được xử lý xong: chỉ tính vi phạm lặp lại đối với phản ánh đã xử lý (điểm f khoản 3 Điều 14)"},
    {"distribute_needs_lead_agency", ErrorCategory::InvalidInput, "Distribution needs a lead agency", "Cần chọn cơ quan chủ trì xử lý"},
    {"unknown_agency", ErrorCategory::InvalidInput, "Unknown or inactive agency", "Cơ quan không tồn tại hoặc đã ngừng hoạt động"},
    {"lead_also_coordinating", ErrorCategory::InvalidInput, "The lead agency cannot also be a coordinating agency", "Cơ quan chủ trì không thể đồng thời là cơ quan phối hợp"},
    {"extension_due_not_later", ErrorCategory::InvalidInput, "The new due time must be later than the current one", "Thời hạn mới phải sau thời hạn hiện tại"},
    {"invalid_time", ErrorCategory::InvalidInput, "Not a valid ISO 8601 date and time", "Thời gian không hợp lệ (ISO 8601)"},
    {"result_required", ErrorCategory::InvalidInput, "A processing result is required", "Cần nội dung kết quả xử lý"},
    {"text_unchanged", ErrorCategory::InvalidInput, "The corrected text is the same as the current one", "Nội dung chỉnh sửa không khác nội dung hiện tại"},
    {"unknown_satisfaction", ErrorCategory::InvalidInput, "The rating must be satisfied, acceptable or not_satisfied", "Mức độ hài lòng phải là: Hài lòng, Chấp nhận được hoặc Không hài lòng"},
    {"unknown_channel", ErrorCategory::InvalidInput, "Unknown channel", "Kênh tiếp nhận không hợp lệ"},
    {"channel_not_allowed", ErrorCategory::InvalidInput, "This role does not receive reports through this channel", "Vai trò này không tiếp nhận phản ánh qua kênh này"},
    {"unknown_category", ErrorCategory::InvalidInput, "Unknown or inactive category", "Lĩnh vực không tồn tại hoặc đã ngừng sử dụng"},
    {"invalid_position", ErrorCategory::InvalidInput, "The position is not a valid latitude and longitude", "Vị trí không hợp lệ"},
    {"invalid_value", ErrorCategory::InvalidInput, "A field has a value that is not allowed", "Giá trị không hợp lệ"},
    {"publication_gate_failed", ErrorCategory::OverLimit, "The reply does not pass the publication checks (Appendix 1; Art. 12.2, 5.6); the failing items are named", "Nội dung trả lời chưa đạt yêu cầu công khai (Phụ lục 1; Khoản 2 Điều 12, Khoản 6 Điều 5); các mục chưa đạt được nêu kèm"},
    {"extension_pending", ErrorCategory::Conflict, "An extension is already waiting for the leader's decision", "Đã có đề xuất gia hạn đang chờ lãnh đạo quyết định"},
    {"no_extension_proposal", ErrorCategory::Conflict, "No extension has been proposed", "Chưa có đề xuất gia hạn"},
    {"extension_needs_ground", ErrorCategory::InvalidInput, "An extension needs one of the grounds of Art. 11.2.b", "Gia hạn phải thuộc một trong các trường hợp tại điểm b Khoản 2 Điều 11"},
    {"unknown_extension_ground", ErrorCategory::InvalidInput, "Not a ground for an extension under Art. 11.2.b", "Không phải trường hợp được gia hạn theo điểm b Khoản 2 Điều 11"},
    {"text_too_long", ErrorCategory::OverLimit, "The title may have at most 200 characters and the content at most 5,000", "Tiêu đề tối đa 200 ký tự, nội dung tối đa 5.000 ký tự"},
}};
// clang-format on

const ErrorInfo *find(const QString &code)
{
    for (const ErrorInfo &info : errors) {
        if (code == QLatin1StringView(info.code)) {
            return &info;
        }
    }
    return nullptr;
}

} // namespace

WorkflowError::WorkflowError(QString code, QString field)
    : m_code(std::move(code))
    , m_field(std::move(field))
{
    Q_ASSERT_X(find(m_code) != nullptr, "WorkflowError", "unknown error code");
}

ErrorCategory WorkflowError::category() const
{
    const ErrorInfo *info = find(m_code);
    return info != nullptr ? info->category : ErrorCategory::InvalidInput;
}

QString WorkflowError::message(Language language) const
{
    const ErrorInfo *info = find(m_code);
    if (info == nullptr) {
        return m_code;
    }
    QString text = QString::fromUtf8(language == Language::Vietnamese ? info->vietnamese : info->english);
    if (!m_field.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(m_field);
    }
    return text;
}

bool dependsOnReferenceData(const QString &code)
{
    return code == QLatin1StringView("unknown_agency") || code == QLatin1StringView("unknown_category") ||
           code == QLatin1StringView("agency_not_allowed") || code == QLatin1StringView("report_not_visible");
}

QStringList allWorkflowErrorCodes()
{
    QStringList codes;
    for (const ErrorInfo &info : errors) {
        codes.append(QString::fromLatin1(info.code));
    }
    return codes;
}

} // namespace ioc::core
