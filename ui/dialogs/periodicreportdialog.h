#pragma once

#include "reporting/period.h"
#include "reporting/render/reportwriter.h"

#include <QDialog>
#include <QTextDocument>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace ioc::ui {

// Tệp › Báo cáo…: a periodic report of Điều 18.2.f (or the evaluation, or an ad hoc period) in
// one of four formats, with a preview; the generation shows its progress and can be cancelled.
class PeriodicReportDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        reporting::PeriodKind kind = reporting::PeriodKind::Monthly;
        QString period; // "2026-11", "2026-Q4", "2026"
        QDate from;     // ad hoc
        QDate to;
        reporting::render::Format format = reporting::render::Format::Pdf;
        bool byteOrderMark = false;
        QString path;
    };
    // The preview of a request, or an error to show instead.
    using PreviewFunction = std::function<std::unique_ptr<QTextDocument>(const Request &request, QString *error)>;

    PeriodicReportDialog(const reporting::Period &suggested, PreviewFunction preview, QWidget *parent = nullptr);

    Request request() const;
    // During a generation (the controller calls these between steps).
    void setBusy(bool busy);
    void setProgress(int percent);
    bool cancelRequested() const { return m_cancel; }
    void setResult(const QString &message, bool ok);

signals:
    void generateRequested(const ioc::ui::PeriodicReportDialog::Request &request);

private:
    void updatePreview();
    void updateFields();
    void chooseFile();
    QString suggestedName() const;

    PreviewFunction m_preview;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QTextBrowser *m_previewView = nullptr;
    std::unique_ptr<QTextDocument> m_previewDocument;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
    bool m_cancel = false;
};

} // namespace ioc::ui
