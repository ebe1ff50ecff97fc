#pragma once

#include "core/directory.h"
#include "core/report.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ioc::ui {

// The processing result as the citizen will read it (Phụ lục 1): the reply pre-filled from the
// template with the report's data and the agency's name, the result photos and files attached
// (those already on the server and new ones), and the IOC's template checks applied as the
// officer types, so the agency sees what the publication gate will ask before it submits.
class ResultEditor final : public QWidget
{
    Q_OBJECT

public:
    ResultEditor(const core::Report &report, const core::Directory &directory, QWidget *parent = nullptr);

    // Starts from this text (a result being corrected), or from the template when empty.
    void setText(const QString &text);
    QString text() const;
    // Attachments already on the server (kept), and files chosen here (paths, sent with the action).
    QStringList keptAttachments() const { return m_kept; }
    QStringList newFiles() const { return m_newFiles; }
    void addFile(const QString &path);
    // The result states something beyond the template's own words.
    bool hasResult() const;
    // The checks as plain text, one per line (tests, accessibility).
    QString checksText() const;

signals:
    void changed();

private:
    void chooseFiles();
    void removeFile();
    void refreshFiles();
    void check();

    core::Report m_report;
    core::Directory m_directory;
    QString m_agencyName;
    QStringList m_kept;
    QStringList m_newFiles;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_files = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_checks = nullptr;
    bool m_hasResult = false;
};

} // namespace ioc::ui
