#include "storage/sqlcipherresult.h"

#include "storage/sqlcipherdriver.h"

#include <QDateTime>
#include <QSqlField>

#include <sqlite3.h>

namespace ioc::storage {

namespace {

sqlite3 *connectionOf(const SqlCipherDriver *driver)
{
    return driver != nullptr ? static_cast<sqlite3 *>(driver->handle().value<void *>()) : nullptr;
}

bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    default:
        return false;
    }
}

int bindToStatement(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (isNullValue(value)) {
        return sqlite3_bind_null(stmt, index);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: {
        const QByteArray text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
        return sqlite3_bind_text64(stmt, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

QMetaType typeOfColumn(sqlite3_stmt *stmt, int column, bool hasRow)
{
    const char *declared = sqlite3_column_decltype(stmt, column);
    if (declared != nullptr) {
        const QString type = QString::fromUtf8(declared).toUpper();
        if (type.contains(QStringLiteral("INT"))) {
            return QMetaType::fromType<qlonglong>();
        }
        if (type.contains(QStringLiteral("REAL")) || type.contains(QStringLiteral("FLOA")) ||
            type.contains(QStringLiteral("DOUB"))) {
            return QMetaType::fromType<double>();
        }
        if (type.contains(QStringLiteral("BLOB"))) {
            return QMetaType::fromType<QByteArray>();
        }
        return QMetaType::fromType<QString>();
    }
    if (hasRow) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType::fromType<qlonglong>();
        case SQLITE_FLOAT:
            return QMetaType::fromType<double>();
        case SQLITE_BLOB:
            return QMetaType::fromType<QByteArray>();
        default:
            break;
        }
    }
    return QMetaType::fromType<QString>();
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver *owner = cipherDriver()) {
        owner->forget(this);
    }
    finalize();
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return qobject_cast<const SqlCipherDriver *>(driver());
}

void SqlCipherResult::finalize()
{
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rowPending = false;
    m_done = true;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::setError(const QString &what, QSqlError::ErrorType type)
{
    sqlite3 *db = connectionOf(cipherDriver());
    const int code = db != nullptr ? sqlite3_extended_errcode(db) : SQLITE_MISUSE;
    const QString detail = db != nullptr ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("not open");
    setLastError(QSqlError(what, detail, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    m_cache.clear();
    m_row.clear();
    m_record = QSqlRecord();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3 *db = connectionOf(cipherDriver());
    if (db == nullptr || !driver()->isOpen()) {
        setLastError(
            QSqlError(QStringLiteral("Cannot prepare: the database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, &tail) != SQLITE_OK) {
        setError(QStringLiteral("Cannot prepare the statement"), QSqlError::StatementError);
        finalize();
        return false;
    }
    // One statement per query: a second one would silently not run. Scripts go through
    // SqlCipherDriver::executeScript.
    if (tail != nullptr && tail < utf8.constData() + utf8.size()) {
        sqlite3_stmt *next = nullptr;
        sqlite3_prepare_v2(db, tail, int(utf8.constData() + utf8.size() - tail), &next, nullptr);
        if (next != nullptr) {
            sqlite3_finalize(next);
            finalize();
            setLastError(QSqlError(QStringLiteral("Cannot prepare the statement"),
                                   QStringLiteral("a query holds one statement; use executeScript() for several"),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            return false;
        }
    }
    m_done = false;
    return true;
}

bool SqlCipherResult::exec()
{
    sqlite3 *db = connectionOf(cipherDriver());
    if (m_stmt == nullptr || db == nullptr) {
        if (lastError().type() == QSqlError::NoError) {
            setLastError(QSqlError(QStringLiteral("Cannot execute: nothing prepared"), {}, QSqlError::StatementError));
        }
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_cache.clear();
    m_row.clear();
    m_rowPending = false;
    m_done = false;
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(
            QStringLiteral("Cannot execute: parameter count mismatch"),
            QStringLiteral("the statement has %1 placeholders, %2 values are bound").arg(expected).arg(values.size()),
            QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bindToStatement(m_stmt, i + 1, values.at(i)) != SQLITE_OK) {
            setError(QStringLiteral("Cannot bind parameter %1").arg(i + 1), QSqlError::StatementError);
            return false;
        }
    }

    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        setError(QStringLiteral("Cannot execute the statement"), QSqlError::StatementError);
        sqlite3_reset(m_stmt);
        return false;
    }
    const int columns = sqlite3_column_count(m_stmt);
    m_rowsAffected = columns > 0 ? 0 : sqlite3_changes(db);
    m_record = QSqlRecord();
    for (int column = 0; column < columns; ++column) {
        const char *table = sqlite3_column_table_name(m_stmt, column);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, column)),
                        typeOfColumn(m_stmt, column, m_rowPending),
                        table != nullptr ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
    setSelect(columns > 0);
    setActive(true);
    if (columns == 0) {
        sqlite3_reset(m_stmt); // release locks early; the statement stays prepared for re-use
    }
    return true;
}

bool SqlCipherResult::step()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done || m_stmt == nullptr) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        setError(QStringLiteral("Cannot fetch the next row"), QSqlError::StatementError);
    }
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32) {
            return QVariant(int(value));
        }
        return QVariant(qlonglong(value));
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::HighPrecision) {
            return QVariant(QString::number(value, 'g', 17));
        }
        return QVariant(value);
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(blob, sqlite3_column_bytes(m_stmt, column)));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    }
}

QVariantList SqlCipherResult::currentRow() const
{
    QVariantList row;
    const int columns = sqlite3_column_count(m_stmt);
    row.reserve(columns);
    for (int column = 0; column < columns; ++column) {
        row.append(columnValue(column));
    }
    return row;
}

bool SqlCipherResult::fetchNext()
{
    if (!isSelect() || !isActive()) {
        return false;
    }
    if (!isForwardOnly()) {
        return fetch(at() < 0 ? 0 : at() + 1);
    }
    if (!step()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    m_row.clear();
    setAt(at() < 0 ? 0 : at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isSelect() || !isActive() || index < 0) {
        return false;
    }
    if (isForwardOnly()) {
        if (index == at()) {
            return true;
        }
        return index == (at() < 0 ? 0 : at() + 1) && fetchNext();
    }
    while (m_cache.size() <= index) {
        if (!step()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        m_cache.append(currentRow());
    }
    m_row = m_cache.at(index);
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() >= 0) {
        return at() == 0;
    }
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isSelect() || !isActive()) {
        return false;
    }
    if (isForwardOnly()) {
        // Walk to the end, keeping a copy of each row: the statement has none once it is done.
        bool any = false;
        while (step()) {
            m_row = currentRow();
            setAt(at() < 0 ? 0 : at() + 1);
            any = true;
        }
        return any;
    }
    while (step()) {
        m_cache.append(currentRow());
    }
    if (m_cache.isEmpty()) {
        return false;
    }
    return fetch(int(m_cache.size()) - 1);
}

QVariant SqlCipherResult::data(int field)
{
    if (field < 0 || field >= m_record.count() || at() < 0) {
        return {};
    }
    if (!m_row.isEmpty()) {
        return m_row.value(field);
    }
    return m_stmt != nullptr ? columnValue(field) : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    if (!m_row.isEmpty()) {
        return isNullValue(m_row.value(field));
    }
    return m_stmt == nullptr || sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    sqlite3 *db = connectionOf(cipherDriver());
    if (db == nullptr || !isActive()) {
        return {};
    }
    const qint64 id = sqlite3_last_insert_rowid(db);
    return id != 0 ? QVariant(qlonglong(id)) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
    m_rowPending = false;
    m_done = true;
}

} // namespace ioc::storage
