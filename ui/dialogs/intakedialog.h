#pragma once

#include "core/directory.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ioc::ui {

// A report entered by a duty officer for a citizen who called the hotline or wrote by e-mail,
// Zalo or Facebook (Điều 4): channel, reporter (person or organisation) and consents, title and
// content, category, position (typed coordinates or a known area, with where it came from),
// capture time, files, urgency, public or not. Checks as the officer types (the same identity
// checks as verification); the payload is the API's `create` body without media, the files are
// paths the caller reads, types and sizes checked there.
class IntakeDialog final : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(const core::Directory &directory, const QDateTime &now, QWidget *parent = nullptr);
    // The connected systems (account id, name) a report may have come from by another way (their
    // link down, a call from their operators): each is a channel of its own in the list.
    void setConnectedSystems(const QList<std::pair<QString, QString>> &systems);

    QJsonObject payload() const;
    QStringList files() const;
    // What still stops the report from being queued, for people; empty when it can go.
    QStringList problems() const;
    // Adds a file (the file picker, a drop).
    void addFile(const QString &path);
    // Fills the position from a point chosen elsewhere (the map).
    void setPosition(double latitude, double longitude);

private:
    void validate();
    void addFiles();

    core::Directory m_directory;
    QDateTime m_now;
    QComboBox *m_channel = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_citizenId = nullptr;
    QLineEdit *m_representative = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_shareWithAgency = nullptr;
    QCheckBox *m_publishIdentity = nullptr;
    QCheckBox *m_confidentialResult = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_source = nullptr;
    QDateTimeEdit *m_capturedAt = nullptr;
    QListWidget *m_files = nullptr;
    QCheckBox *m_urgent = nullptr;
    QCheckBox *m_public = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ioc::ui
