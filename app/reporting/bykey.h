#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace ioc::reporting {

// Figures by a text key (an area, an agency, a category), met once or more per report. Hashing
// the text of a key per report was most of the dashboard's time (Qt hashes strings with SipHash),
// while a data set holds a few hundred distinct keys whose buffers are shared by the reports
// (the replica's loader and LiveDataset intern them): the text is hashed once per buffer, the
// buffer's address every other time. Keys with equal text in different buffers still meet the
// same figure.
template<typename Value>
class ByKey
{
public:
    // Valid until the next call.
    Value &operator[](const QString &key)
    {
        const QChar *buffer = key.constData();
        if (buffer == m_lastBuffer) {
            return *m_last;
        }
        auto known = m_byBuffer.constFind(buffer);
        if (known == m_byBuffer.cend()) {
            auto slot = m_byText.constFind(key);
            if (slot == m_byText.cend()) {
                slot = m_byText.insert(key, m_values.size());
                m_values.emplace_back(m_prototype);
            }
            known = m_byBuffer.insert(buffer, *slot);
        }
        m_lastBuffer = buffer;
        m_last = &m_values[*known];
        return *m_last;
    }

    // Every key met gets a copy of `prototype` first.
    void setPrototype(const Value &prototype) { m_prototype = prototype; }

    QHash<QString, Value> take()
    {
        QHash<QString, Value> values;
        values.reserve(m_byText.size());
        for (auto it = m_byText.cbegin(); it != m_byText.cend(); ++it) {
            values.insert(it.key(), std::move(m_values[*it]));
        }
        return values;
    }

private:
    QHash<QString, size_t> m_byText;
    QHash<const QChar *, size_t> m_byBuffer; // the buffers live as long as the data set is read
    std::deque<Value> m_values;
    Value m_prototype{};
    const QChar *m_lastBuffer = nullptr;
    Value *m_last = nullptr;
};

} // namespace ioc::reporting
