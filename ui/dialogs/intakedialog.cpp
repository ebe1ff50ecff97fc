#include "ui/dialogs/intakedialog.h"

#include "core/distribution.h"
#include "core/geo.h"
#include "core/identitycheck.h"
#include "core/vntime.h"
#include "ui/dialogs/vietnamtimeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ioc::ui {

namespace {

// The connected system's account behind a channel entry of the list.
constexpr int sourceSystemRole = Qt::UserRole + 1;

QString coreText(const char *text)
{
    return QCoreApplication::translate("ioc::core", text);
}

} // namespace

IntakeDialog::IntakeDialog(const core::Directory &directory, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_now(now)
{
    setObjectName(u"intakeDialog"_s);
    setWindowTitle(tr("New report for a citizen"));
    setToolTip(tr("Click the map to place the report."));

    // Who and how.
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"intakeChannel"_s);
    for (core::Channel channel : core::allChannels()) {
        if (core::isOfficerIntakeChannel(channel)) {
            m_channel->addItem(coreText(core::channelLabel(channel)), core::channelName(channel));
        }
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(core::channelName(core::Channel::Hotline))));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"intakeKind"_s);
    m_kind->addItem(tr("Person"), u"person"_s);
    m_kind->addItem(tr("Organisation"), u"organisation"_s);
    auto line = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::validate);
        return edit;
    };
    m_name = line(u"intakeName"_s);
    m_address = line(u"intakeAddress"_s);
    m_phone = line(u"intakePhone"_s);
    m_citizenId = line(u"intakeCitizenId"_s);
    m_representative = line(u"intakeRepresentative"_s);
    m_email = line(u"intakeEmail"_s);
    m_shareWithAgency = new QCheckBox(tr("The agency may see the identity (Art. 5.6)"), this);
    m_shareWithAgency->setObjectName(u"intakeShare"_s);
    m_publishIdentity = new QCheckBox(tr("The identity may be published"), this);
    m_publishIdentity->setObjectName(u"intakePublishIdentity"_s);
    m_confidentialResult = new QCheckBox(tr("Result to the reporter only (Art. 12.3)"), this);
    m_confidentialResult->setObjectName(u"intakeConfidential"_s);

    auto *reporterBox = new QGroupBox(tr("Reporter (Art. 5.3)"), this);
    auto *reporterForm = new QFormLayout(reporterBox);
    reporterForm->addRow(tr("&Channel:"), m_channel);
    reporterForm->addRow(tr("&Kind:"), m_kind);
    reporterForm->addRow(tr("Full &name:"), m_name);
    reporterForm->addRow(tr("&Address:"), m_address);
    reporterForm->addRow(tr("&Phone:"), m_phone);
    reporterForm->addRow(tr("Citizen &ID:"), m_citizenId);
    reporterForm->addRow(tr("&Representative:"), m_representative);
    reporterForm->addRow(tr("&E-mail:"), m_email);
    reporterForm->addRow(QString(), m_shareWithAgency);
    reporterForm->addRow(QString(), m_publishIdentity);
    reporterForm->addRow(QString(), m_confidentialResult);

    // What and where.
    m_title = line(u"intakeTitle"_s);
    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(u"intakeContent"_s);
    m_content->setTabChangesFocus(true);
    connect(m_content, &QPlainTextEdit::textChanged, this, &IntakeDialog::validate);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"intakeCategory"_s);
    m_category->addItem(tr("— choose —"), QString());
    QList<core::Category> categories = directory.categories();
    std::sort(categories.begin(), categories.end(),
              [](const core::Category &a, const core::Category &b) { return a.name < b.name; });
    for (const core::Category &c : categories) {
        if (c.active) {
            m_category->addItem(c.name, c.id);
        }
    }
    m_area = new QComboBox(this);
    m_area->setObjectName(u"intakeArea"_s);
    m_area->addItem(tr("— a known area —"), QString());
    QList<core::Area> areas = directory.areas();
    std::sort(areas.begin(), areas.end(), [](const core::Area &a, const core::Area &b) { return a.name < b.name; });
    for (const core::Area &a : areas) {
        if (!a.parentId.isEmpty() && a.isValidOn(core::vntime::localDate(now)) && !a.boundary.isEmpty()) {
            m_area->addItem(a.name, a.id);
        }
    }
    m_latitude = line(u"intakeLatitude"_s);
    m_longitude = line(u"intakeLongitude"_s);
    m_latitude->setValidator(new QDoubleValidator(-90, 90, 7, m_latitude));
    m_longitude->setValidator(new QDoubleValidator(-180, 180, 7, m_longitude));
    // No position until the officer gives one: the workstation stands in the IOC's office, not at
    // the incident. The placeholders name the fields and show no number that could pass for one.
    m_latitude->setPlaceholderText(tr("latitude"));
    m_longitude->setPlaceholderText(tr("longitude"));
    m_latitude->setAccessibleName(tr("Latitude"));
    m_longitude->setAccessibleName(tr("Longitude"));
    m_place = line(u"intakePlace"_s);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"intakeSource"_s);
    // A hotline call gives an address first; the caller's own GPS is the rare case.
    for (core::PositionSource s : {core::PositionSource::Address, core::PositionSource::MapClick,
                                   core::PositionSource::DeviceGps, core::PositionSource::Exif}) {
        m_source->addItem(coreText(core::positionSourceLabel(s)), core::positionSourceName(s));
    }
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        const core::Area *area = m_directory.area(m_area->currentData().toString());
        if (area == nullptr) {
            return;
        }
        // The area's middle, marked as coming from an address; the officer refines it.
        const QGeoRectangle box = core::geo::bounds(area->boundary);
        if (box.isValid()) {
            m_latitude->setText(QString::number(box.center().latitude(), 'f', 6));
            m_longitude->setText(QString::number(box.center().longitude(), 'f', 6));
            m_source->setCurrentIndex(m_source->findData(core::positionSourceName(core::PositionSource::Address)));
        }
        validate();
    });
    auto *coordinates = new QHBoxLayout;
    coordinates->addWidget(m_latitude);
    coordinates->addWidget(m_longitude);
    m_capturedAt = newVietnamTimeEdit(this);
    m_capturedAt->setDateTime(toVietnamEditTime(now));
    m_capturedAt->setObjectName(u"intakeCapturedAt"_s);
    m_capturedAt->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
    m_files = new QListWidget(this);
    m_files->setObjectName(u"intakeFiles"_s);
    m_files->setAccessibleName(tr("Files"));
    m_files->setMaximumHeight(90);
    auto *addFiles = new QPushButton(tr("Add &files…"), this);
    addFiles->setObjectName(u"intakeAddFiles"_s);
    addFiles->setAutoDefault(false);
    auto *removeFile = new QPushButton(tr("Remove"), this);
    removeFile->setAutoDefault(false);
    connect(addFiles, &QPushButton::clicked, this, &IntakeDialog::addFiles);
    connect(removeFile, &QPushButton::clicked, this, [this] {
        delete m_files->currentItem();
        validate();
    });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch(1);
    m_urgent = new QCheckBox(tr("&Urgent (Art. 15)"), this);
    m_urgent->setObjectName(u"intakeUrgent"_s);
    m_public = new QCheckBox(tr("P&ublic (untick for sensitive matters, Art. 9.2)"), this);
    m_public->setObjectName(u"intakePublic"_s);
    m_public->setChecked(true);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (const core::Category *c = m_directory.category(m_category->currentData().toString())) {
            m_urgent->setChecked(c->urgent);
        }
        validate();
    });
    connect(m_urgent, &QCheckBox::toggled, this, &IntakeDialog::validate);

    auto *reportBox = new QGroupBox(tr("The report"), this);
    auto *reportForm = new QFormLayout(reportBox);
    reportForm->addRow(tr("&Title:"), m_title);
    reportForm->addRow(tr("C&ontent:"), m_content);
    reportForm->addRow(tr("Cate&gory:"), m_category);
    reportForm->addRow(tr("Known a&rea:"), m_area);
    reportForm->addRow(tr("Latitude, longitude:"), coordinates);
    reportForm->addRow(tr("Place (address):"), m_place);
    reportForm->addRow(tr("Position from:"), m_source);
    reportForm->addRow(tr("Taken or seen at:"), m_capturedAt);
    reportForm->addRow(tr("Photos, videos:"), m_files);
    reportForm->addRow(QString(), fileButtons);
    reportForm->addRow(QString(), m_urgent);
    reportForm->addRow(QString(), m_public);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"intakeProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"intakeOk"_s);
    m_ok->setText(tr("Queue the report"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(reporterBox, 1);
    columns->addWidget(reportBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IntakeDialog::validate);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeDialog::validate);
    validate();
    m_channel->setFocus();
}

void IntakeDialog::addFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Photos and videos of the report"), QString(),
        tr("Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.mp4 *.mov *.3gp);;All files (*)"));
    for (const QString &path : paths) {
        addFile(path);
    }
}

void IntakeDialog::addFile(const QString &path)
{
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    validate();
}

QStringList IntakeDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i) {
        paths.append(m_files->item(i)->data(Qt::UserRole).toString());
    }
    return paths;
}

void IntakeDialog::setPosition(double latitude, double longitude)
{
    // The area containing the point (the same proposal as distribution), without moving the
    // point to its centre; none when it lies outside every area.
    const core::distribution::AreaProposal area =
        core::distribution::proposeArea(m_directory, latitude, longitude, core::vntime::localDate(m_now));
    const QString areaId = area.outside ? QString() : area.areaId;
    {
        const QSignalBlocker block(m_area);
        m_area->setCurrentIndex(std::max(0, m_area->findData(areaId)));
    }
    m_latitude->setText(QString::number(latitude, 'f', 6));
    m_longitude->setText(QString::number(longitude, 'f', 6));
    m_source->setCurrentIndex(m_source->findData(core::positionSourceName(core::PositionSource::MapClick)));
}

void IntakeDialog::setConnectedSystems(const QList<std::pair<QString, QString>> &systems)
{
    const QString label = coreText(core::channelLabel(core::Channel::ConnectedSystem));
    for (int i = m_channel->count() - 1; i >= 0; --i) {
        if (m_channel->itemData(i).toString() == core::channelName(core::Channel::ConnectedSystem)) {
            m_channel->removeItem(i);
        }
    }
    for (const auto &[id, name] : systems) {
        m_channel->addItem(label + u" — "_s + name, core::channelName(core::Channel::ConnectedSystem));
        m_channel->setItemData(m_channel->count() - 1, id, sourceSystemRole);
    }
}

QJsonObject IntakeDialog::payload() const
{
    const bool person = m_kind->currentData().toString() == u"person"_s;
    QJsonObject reporter{{u"kind"_s, m_kind->currentData().toString()},
                         {u"full_name"_s, m_name->text().trimmed()},
                         {u"address"_s, m_address->text().trimmed()},
                         {u"phone"_s, m_phone->text().trimmed()}};
    if (person) {
        reporter.insert(u"citizen_id"_s, m_citizenId->text().trimmed());
    } else {
        reporter.insert(u"representative"_s, m_representative->text().trimmed());
    }
    if (!m_email->text().trimmed().isEmpty()) {
        reporter.insert(u"email"_s, m_email->text().trimmed());
    }
    QJsonObject position{{u"latitude"_s, m_latitude->text().toDouble()},
                         {u"longitude"_s, m_longitude->text().toDouble()},
                         {u"source"_s, m_source->currentData().toString()}};
    if (!m_place->text().trimmed().isEmpty()) {
        position.insert(u"address"_s, m_place->text().trimmed());
    }
    if (!m_area->currentData().toString().isEmpty()) {
        position.insert(u"area_id"_s, m_area->currentData().toString());
    }
    QJsonObject payload{{u"channel"_s, m_channel->currentData().toString()},
                        {u"title"_s, m_title->text().trimmed()},
                        {u"content"_s, m_content->toPlainText().trimmed()},
                        {u"category_id"_s, m_category->currentData().toString()},
                        {u"position"_s, position},
                        {u"captured_at"_s, core::vntime::toIso8601(fromVietnamEditTime(m_capturedAt->dateTime()))},
                        {u"urgent"_s, m_urgent->isChecked()},
                        {u"public"_s, m_public->isChecked()},
                        {u"reporter"_s, reporter},
                        {u"consents"_s, QJsonObject{{u"share_with_agency"_s, m_shareWithAgency->isChecked()},
                                                    {u"publish_identity"_s, m_publishIdentity->isChecked()},
                                                    {u"confidential_result"_s, m_confidentialResult->isChecked()}}}};
    if (const QString system = m_channel->currentData(sourceSystemRole).toString(); !system.isEmpty()) {
        payload.insert(u"source_system_id"_s, system);
    }
    return payload;
}

QStringList IntakeDialog::problems() const
{
    QStringList list;
    const bool person = m_kind->currentData().toString() == u"person"_s;
    core::Reporter reporter;
    reporter.kind = person ? core::ReporterKind::Person : core::ReporterKind::Organisation;
    reporter.fullName = m_name->text().trimmed();
    reporter.address = m_address->text().trimmed();
    reporter.phone = m_phone->text().trimmed();
    reporter.citizenId = person ? m_citizenId->text().trimmed() : QString();
    reporter.representative = person ? QString() : m_representative->text().trimmed();
    reporter.email = m_email->text().trimmed();
    for (const core::identity::Finding &f : core::identity::checkReporter(reporter, core::vntime::localDate(m_now))) {
        if (f.verdict == core::identity::Verdict::Fail) {
            list.append(f.evidence);
        }
    }
    if (m_title->text().trimmed().isEmpty()) {
        list.append(tr("The title is missing."));
    }
    if (m_content->toPlainText().trimmed().isEmpty()) {
        list.append(tr("The content is missing."));
    }
    if (m_category->currentData().toString().isEmpty()) {
        list.append(tr("Choose a category."));
    }
    bool latOk = false;
    bool lonOk = false;
    const double lat = m_latitude->text().toDouble(&latOk);
    const double lon = m_longitude->text().toDouble(&lonOk);
    if (!latOk || !lonOk || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        list.append(tr("Give the position: click the place on the map, choose a known area, or type its coordinates."));
    }
    if (m_files->count() == 0 && !m_urgent->isChecked()) {
        list.append(tr("Add a photo or video (Art. 7.6.2.a); only an urgent hotline report may go without."));
    }
    return list;
}

void IntakeDialog::validate()
{
    const bool person = m_kind->currentData().toString() == u"person"_s;
    m_citizenId->setEnabled(person);
    m_representative->setEnabled(!person);
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_ok->setEnabled(list.isEmpty());
}

} // namespace ioc::ui
