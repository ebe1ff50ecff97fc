#include "core/secret.h"

#include <QRandomGenerator>

namespace ioc::core {

void secureZero(void *data, std::size_t size)
{
    volatile auto *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = 0;
    }
}

SecretBytes SecretBytes::take(QByteArray &source)
{
    SecretBytes secret;
    secret.m_bytes = QByteArray(source.constData(), source.size()); // a deep copy, not a shared one
    if (!source.isEmpty()) {
        source.detach();
        secureZero(source.data(), std::size_t(source.size()));
    }
    source.clear();
    return secret;
}

SecretBytes SecretBytes::random(qsizetype size)
{
    SecretBytes secret;
    secret.m_bytes.resize(size);
    QRandomGenerator::system()->generate(reinterpret_cast<quint8 *>(secret.m_bytes.data()),
                                         reinterpret_cast<quint8 *>(secret.m_bytes.data()) + size);
    return secret;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes SecretBytes::clone() const
{
    SecretBytes copy;
    copy.m_bytes = QByteArray(m_bytes.constData(), m_bytes.size());
    return copy;
}

SecretBytes SecretBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecretBytes hex;
    hex.m_bytes.resize(m_bytes.size() * 2);
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(m_bytes.at(i));
        hex.m_bytes[2 * i] = digits[byte >> 4];
        hex.m_bytes[2 * i + 1] = digits[byte & 0x0f];
    }
    return hex;
}

void SecretBytes::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        // Shared with another QByteArray we do not own: drop our reference only.
        m_bytes = QByteArray();
        return;
    }
    if (!m_bytes.isEmpty()) {
        secureZero(m_bytes.data(), std::size_t(m_bytes.size()));
    }
    m_bytes = QByteArray();
}

} // namespace ioc::core
