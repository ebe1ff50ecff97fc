#pragma once

#include <QByteArray>

#include <cstddef>

namespace ioc::core {

// Overwrites memory in a way the compiler may not optimise away.
void secureZero(void *data, std::size_t size);

// Key material (database keys, tokens) that is wiped from memory when no longer needed.
// Move-only, so no stray copy is left behind; never converted to QString.
class SecretBytes final
{
public:
    SecretBytes() = default;
    // Takes the bytes and wipes `source`.
    static SecretBytes take(QByteArray &source);
    // `size` bytes from the operating system's cryptographically secure generator.
    static SecretBytes random(qsizetype size);

    ~SecretBytes() { wipe(); }
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char *data() const { return m_bytes.constData(); }
    // A copy for an API that needs one; the caller wipes it.
    SecretBytes clone() const;
    // Lower-case hex, as a new secret.
    SecretBytes toHex() const;
    void wipe();

private:
    QByteArray m_bytes;
};

} // namespace ioc::core
