#pragma once
// QrMatrix: the modules of a QR code for a payload (libqrencode, error level M like the printer
// profile's default), for the on-screen receipt preview.

#include <QByteArray>
#include <QList>

namespace patron::ui {

class QrMatrix {
public:
    // Encodes UTF-8 bytes; a null matrix when the payload is empty or too long for a QR code.
    static QrMatrix encode(const QByteArray& payload);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }  // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace patron::ui
