#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ioc::ui {

// The strip above the queue that carries the alerts (issue 27 §3). Its height is fixed and it
// is always there, so that an alert never moves the rows the officer is aiming at. It shows the
// newest alert (the others in its tooltip), or, when none is pending, how many urgent reports
// wait for distribution, or that all is quiet. With urgent reports waiting, a click on it, its
// button or Ctrl+Shift+U opens the newest one.
class AlertStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertStrip(QWidget *parent = nullptr);

    // The newest first; at most five are kept until dismissed.
    void showAlert(const QString &text);
    // Every alert kept, newest first, one per line.
    QString alertText() const { return m_alerts.join(u'\n'); }
    void setUrgentCount(int count);

signals:
    void openUrgentRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fitText();

    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_dismiss;
    QStringList m_alerts;
    QString m_full; // what the label says, before it is elided
    int m_urgent = 0;
};

} // namespace ioc::ui
