#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

namespace ioc::ui {

struct HandoverNoteView
{
    QString id;
    QString author;
    QDateTime writtenAt;
    QString text;
};

// The notes the previous shift left (open matters, promises made by phone), shown at sign-in
// until the officer acknowledges them. Closing without acknowledging shows them again next time.
class HandoverDialog final : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(const QList<HandoverNoteView> &notes, QWidget *parent = nullptr);
    QStringList noteIds() const;

private:
    QList<HandoverNoteView> m_notes;
};

// Asks for this shift's handover note; `draft` is what could not be sent last time.
std::optional<QString> askHandoverNote(const QString &draft, QWidget *parent);

} // namespace ioc::ui
