#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace ioc::ui {

// Asks why the reports a telephone number sent are looked up (the hotline: "I reported a broken
// light last week"; issue 27 §1, PRODUCT.md §17). The server records who asked, when and why;
// the answer is report ids, never identity. The number is shown masked.
class PhoneLookupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PhoneLookupDialog(const QString &phone, QWidget *parent = nullptr);
    QString reason() const;

private:
    QComboBox *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ioc::ui
