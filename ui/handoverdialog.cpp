#include "ui/handoverdialog.h"

#include "core/vntime.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

HandoverDialog::HandoverDialog(const QList<HandoverNoteView> &notes, QWidget *parent)
    : QDialog(parent)
    , m_notes(notes)
{
    setObjectName(u"handoverDialog"_s);
    setWindowTitle(tr("Shift handover"));
    auto *intro = new QLabel(tr("The previous shift left these notes. Read them before you start."), this);
    intro->setWordWrap(true);
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(u"handoverNotes"_s);
    QString html;
    for (const HandoverNoteView &note : notes) {
        html += u"<p><b>"_s + note.author.toHtmlEscaped() + u"</b> — "_s +
                note.writtenAt.toTimeZone(QTimeZone(core::vntime::utcOffsetSeconds)).toString(u"dd/MM/yyyy HH:mm"_s) +
                u"<br>"_s + note.text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p><hr>"_s;
    }
    browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *acknowledge =
        buttons->addButton(tr("I have read them — take over the shift"), QDialogButtonBox::AcceptRole);
    acknowledge->setObjectName(u"handoverAcknowledge"_s);
    QPushButton *later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"handoverLater"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

QStringList HandoverDialog::noteIds() const
{
    QStringList ids;
    for (const HandoverNoteView &note : m_notes) {
        ids.append(note.id);
    }
    return ids;
}

std::optional<QString> askHandoverNote(const QString &draft, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"handoverWriteDialog"_s);
    dialog.setWindowTitle(QCoreApplication::translate("ioc::ui::HandoverDialog", "Write the shift handover note"));
    auto *hint = new QLabel(QCoreApplication::translate(
                                "ioc::ui::HandoverDialog",
                                "Open matters, promises made by phone, reports to watch. The next officer sees this "
                                "note when signing in."),
                            &dialog);
    hint->setWordWrap(true);
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true); // Tab leaves the note for the buttons
    text->setObjectName(u"handoverText"_s);
    text->setAccessibleName(QCoreApplication::translate("ioc::ui::HandoverDialog", "Handover note"));
    text->setPlainText(draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"handoverSave"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(text, &QPlainTextEdit::textChanged, &dialog, [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text->toPlainText().trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!draft.trimmed().isEmpty());
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    text->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return text->toPlainText().trimmed();
}

} // namespace ioc::ui
