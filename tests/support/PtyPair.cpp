#include "PtyPair.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace patron::test {

PtyPair::PtyPair()
{
    m_till = m_dir.filePath(QStringLiteral("till"));
    m_device = m_dir.filePath(QStringLiteral("device"));
    m_socat.start(QStringLiteral("socat"), {QStringLiteral("-d"), QStringLiteral("-d"),
                                            QStringLiteral("pty,raw,echo=0,link=") + m_till,
                                            QStringLiteral("pty,raw,echo=0,link=") + m_device});
    for (int i = 0; i < 100 && !ready(); ++i)
        QThread::msleep(50);
}

PtyPair::~PtyPair()
{
    m_socat.terminate();
    m_socat.waitForFinished(3000);
}

bool PtyPair::ready() const { return QFileInfo::exists(m_till) && QFileInfo::exists(m_device); }

QString PtyPair::tillEnd() const
{
    const QString real = QFileInfo(m_till).canonicalFilePath();
    return real.isEmpty() ? m_till : real;
}

QString PtyPair::deviceEnd() const { return m_device; }

bool PtyPair::sendFromDevice(const QByteArray& bytes) const
{
    QFile f(m_device);
    return f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && f.write(bytes) == bytes.size();
}

} // namespace patron::test
