#pragma once
// Two connected pseudo-terminals made by socat, standing in for a serial cable: the till opens
// one end as its serial port, the test plays the device (printer, scanner) on the other. The
// ends get stable names through socat's link=.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace patron::test {

class PtyPair {
public:
    PtyPair();  // waits up to 5 s for socat to create both ends
    ~PtyPair();
    PtyPair(const PtyPair&) = delete;
    PtyPair& operator=(const PtyPair&) = delete;

    bool ready() const;
    QString tillEnd() const;    // the path the till opens (the real /dev/pts/N)
    QString deviceEnd() const;  // the path the test reads or writes as the device
    // Writes bytes as the device sends them.
    bool sendFromDevice(const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
    QString m_till, m_device;
    QProcess m_socat;
};

} // namespace patron::test
