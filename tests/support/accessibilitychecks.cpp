#include "support/accessibilitychecks.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ioc::test::accessibility {

// The English a translator was given (the catalogues' sources whose Vietnamese differs), with
// accelerators and trailing colons taken off: heard as is, it was left untranslated.
QSet<QString> untranslatedForms()
{
    QSet<QString> forms;
    for (const QString &name : {u"ioc_vi.ts"_s, u"qt_vi.ts"_s}) {
        QFile file(qEnvironmentVariable("IOC_SOURCE_DIR") + u"/translations/"_s + name);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(file.fileName()));
        }
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if ((xml.name() == u"translation"_s || xml.name() == u"numerusform"_s)) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString plain = QString(source).remove(u'&').trimmed();
                if (!translation.trimmed().isEmpty() && translation.trimmed() != source.trimmed() && plain.size() > 2 &&
                    !plain.contains(u'%')) {
                    forms.insert(plain);
                    if (plain.endsWith(u':')) {
                        forms.insert(plain.chopped(1));
                    }
                }
            }
        }
    }
    return forms;
}

// English of the everyday kind, in a text without a Vietnamese letter.
bool soundsEnglish(const QString &text)
{
    static const QRegularExpression vietnamese(u"[À-ỹĐđ]"_s);
    static const QRegularExpression english(
        u"\\b(the|and|of|is|are|not|with|from|this|that|select|close|float|report|reports|none|cancel|yes|no|"
        "apply|help|save|search|show|hide|open|minimize|maximize|restore|clear|undo|redo|copy|paste|delete)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !vietnamese.match(text).hasMatch() && english.match(text).hasMatch();
}

bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

Walk::Walk()
    : english(untranslatedForms())
{}

void Walk::check(QAccessibleInterface *node, const QString &path)
{
    const QRegularExpression identifier(u"(?<![\\w.@/:-])[a-z]+(?:_[a-z0-9]+)+(?![\\w.@/-])"_s);
    const QAccessible::Role role = node->role();
    for (const QAccessible::Text kind : {QAccessible::Name, QAccessible::Description, QAccessible::Value}) {
        if (kind == QAccessible::Value && role == QAccessible::EditableText && !node->state().readOnly) {
            continue; // what is being typed (a read-only text, such as the detail, is heard whole)
        }
        const QString text = node->text(kind);
        if (text.isEmpty()) {
            continue;
        }
        if (const auto found = identifier.match(text); found.hasMatch()) {
            problems.append(u"%1: identifier \"%2\" in \"%3\""_s.arg(path, found.captured(), text.left(120)));
        }
        const QString plain = QString(text).remove(u'&').trimmed();
        if (english.contains(plain) || soundsEnglish(plain)) {
            problems.append(u"%1: English \"%2\""_s.arg(path, plain.left(120)));
        }
    }
    const auto *widget = qobject_cast<const QWidget *>(node->object());
    const bool focusable = widget != nullptr && (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled() &&
                           role != QAccessible::ScrollBar && role != QAccessible::MenuBar;
    if ((needsName(role) || focusable) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        problems.append(u"%1: a control without a name"_s.arg(path));
    }
}

void Walk::walk(QAccessibleInterface *node, const QString &path, int depth)
{
    if (node == nullptr || !node->isValid() || node->state().invisible || depth > 40) {
        return;
    }
    ++nodes;
    const QObject *object = node->object();
    const QString here =
        path + u"/"_s +
        (object != nullptr && !object->objectName().isEmpty() ? object->objectName()
                                                              : QString::number(int(node->role()), 16));
    check(node, here);
    if (qEnvironmentVariableIsSet("IOC_A11Y_DUMP")) { // what a screen reader hears, to look at
        qInfo("%s [%x] %s | %s", qPrintable(here), unsigned(node->role()),
              qPrintable(node->text(QAccessible::Name).left(80)),
              qPrintable(node->text(QAccessible::Value).left(80).replace(u'\n', u' ')));
    }
    // Tables: the header and the first rows are enough to hear what every row says.
    const int children = node->childCount();
    const bool table = node->role() == QAccessible::Table || node->role() == QAccessible::Tree;
    for (int i = 0; i < children && (!table || i < 60); ++i) {
        walk(node->child(i), here, depth + 1);
    }
}

void Walk::walkWidget(QWidget *widget, const QString &name)
{
    walk(QAccessible::queryAccessibleInterface(widget), name);
}

// A control as the problems name it.
QString describe(const QWidget *widget)
{
    QAccessibleInterface *node = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + u" “"_s +
           (node != nullptr ? node->text(QAccessible::Name) : QString()) + u'”';
}

// Tab, from where the focus is when the dialog opens, goes round every control the officer
// can reach in the dialog as it shows (the current tab page) and back to the start: no
// control out of reach, none that keeps the Tab key (a text field that types it, a list that
// moves from cell to cell), no smaller round it cannot leave, and the focus in the dialog
// from the start.
QStringList tabRoundProblems(QWidget *dialog)
{
    QWidget *start = QApplication::focusWidget();
    if (start == nullptr || start->window() != dialog) {
        return {dialog->objectName() + u": the focus is not in the dialog when it opens"_s};
    }
    QSet<QWidget *> reachable;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (widget->window() == dialog && widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->focusProxy() == nullptr) {
            reachable.insert(widget);
        }
    }
    QStringList problems;
    // A list or table that moves from cell to cell on Tab holds the key as long as it has
    // cells, whatever this one holds now (an empty list lets Tab go): checked as set.
    for (QWidget *widget : std::as_const(reachable)) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget);
            view != nullptr && view->tabKeyNavigation()) {
            problems.append(dialog->objectName() + u": "_s + describe(widget) + u" takes Tab from cell to cell"_s);
        }
    }
    QSet<QWidget *> reached{start};
    QWidget *current = start;
    for (int press = 0; press <= reachable.size(); ++press) {
        // A date and time field takes Tab from one of its parts to the next, and leaves after
        // the last one (Qt's date edit, as a system's date fields do): a few presses.
        QWidget *next = current;
        for (int within = 0; within < 8 && next == current; ++within) {
            QTest::keyClick(current, Qt::Key_Tab);
            next = QApplication::focusWidget();
        }
        if (next == nullptr || next->window() != dialog) {
            problems.append(dialog->objectName() + u": Tab leaves the dialog from "_s + describe(current));
            break;
        }
        if (next == current) {
            problems.append(dialog->objectName() + u": "_s + describe(current) + u" keeps the Tab key"_s);
            break;
        }
        if (next == start) {
            break;
        }
        if (reached.contains(next)) {
            problems.append(dialog->objectName() + u": Tab goes from "_s + describe(current) + u" back to "_s +
                            describe(next) + u", a round that never comes back to "_s + describe(start));
            break;
        }
        reached.insert(next);
        current = next;
    }
    // Of a set of radio buttons Tab reaches one, and the arrows move among them (as on every
    // desktop): the others count as reached with it.
    const auto reachedWithItsSet = [&reached](const QWidget *widget) {
        const auto *radio = qobject_cast<const QRadioButton *>(widget);
        return radio != nullptr && radio->autoExclusive() &&
               std::any_of(reached.cbegin(), reached.cend(), [radio](const QWidget *other) {
                   const auto *sibling = qobject_cast<const QRadioButton *>(other);
                   return sibling != nullptr && sibling->autoExclusive() &&
                          sibling->parentWidget() == radio->parentWidget() && sibling->group() == radio->group();
               });
    };
    for (QWidget *widget : reachable) {
        if (!reached.contains(widget) && !reachedWithItsSet(widget) && problems.isEmpty()) {
            QStringList round;
            for (QWidget *on : std::as_const(reached)) {
                round.append(describe(on));
            }
            problems.append(dialog->objectName() + u": Tab never reaches "_s + describe(widget) +
                            u" (it goes round "_s + round.join(u", "_s) + u')');
        }
    }
    return problems;
}

} // namespace ioc::test::accessibility
