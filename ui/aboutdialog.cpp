#include "ui/aboutdialog.h"

#include "buildinfo.h"
#include "ui_aboutdialog.h"

#include <QEvent>

namespace ioc::ui {

AboutDialog::AboutDialog(const ComponentVersions &components, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_components(components)
{
    m_ui->setupUi(this);
    fillVersions();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillVersions();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::fillVersions()
{
    m_ui->versionLabel->setText(
        tr("Version %1 (build %2)")
            .arg(QString::fromLatin1(buildinfo::version), QString::fromLatin1(buildinfo::gitCommit)));
    m_ui->componentsTable->setRowCount(int(m_components.size()));
    for (int row = 0; row < m_components.size(); ++row) {
        auto *name = new QTableWidgetItem(m_components.at(row).first);
        auto *version = new QTableWidgetItem(m_components.at(row).second);
        name->setFlags(Qt::ItemIsEnabled);
        version->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_ui->componentsTable->setItem(row, 0, name);
        m_ui->componentsTable->setItem(row, 1, version);
    }
    m_ui->componentsTable->resizeColumnsToContents();
}

} // namespace ioc::ui
