#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace ioc::ui {

// The About box: what the product is, its version and build, and the versions of the
// components it runs on (Qt, SQLCipher, TLS library…), as given by the composition root.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    using ComponentVersions = QList<QPair<QString, QString>>;

    explicit AboutDialog(const ComponentVersions &components, QWidget *parent = nullptr);
    ~AboutDialog() override;
    Q_DISABLE_COPY_MOVE(AboutDialog)

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillVersions();

    const std::unique_ptr<Ui::AboutDialog> m_ui;
    ComponentVersions m_components;
};

} // namespace ioc::ui
