#pragma once

#include <QAccessible>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

// What a screen reader's user needs of a window, checked in process through Qt's accessibility
// interfaces (ui/testaccessibility): the words heard, the names of the controls, and the Tab
// key's round.
namespace ioc::test::accessibility {

// The English a translator was given (the catalogues' sources whose Vietnamese differs), with
// accelerators and trailing colons taken off: heard as is, it was left untranslated.
QSet<QString> untranslatedForms();
// English of the everyday kind, in a text without a Vietnamese letter.
bool soundsEnglish(const QString &text);
// The roles a person must hear a name for.
bool needsName(QAccessible::Role role);

// A walk of the accessibility tree below a widget: every node's name, description and value
// free of snake_case identifiers and of English, every control named. `problems` says where.
struct Walk
{
    Walk();
    void check(QAccessibleInterface *node, const QString &path);
    void walk(QAccessibleInterface *node, const QString &path, int depth = 0);
    void walkWidget(QWidget *widget, const QString &name);

    QSet<QString> english;
    QStringList problems;
    int nodes = 0;
};

// A control as the problems name it: its class, object name and accessible name.
QString describe(const QWidget *widget);
// Tab, from where the focus is when the window opens, goes round every control the officer can
// reach in it as it shows and back to the start (see the definition); the problems found.
QStringList tabRoundProblems(QWidget *window);

} // namespace ioc::test::accessibility
