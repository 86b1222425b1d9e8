#include "print/QrMatrix.h"

#include <qrencode.h>

#include <memory>

namespace patron::ui {

QrMatrix QrMatrix::encode(const QByteArray& payload)
{
    QrMatrix m;
    if (payload.isEmpty())
        return m;
    // Byte mode keeps the UTF-8 exactly as given (Kanji mode would reinterpret Shift-JIS).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return m;
    m.m_size = code->width;
    m.m_modules.reserve(m.m_size * m.m_size);
    for (int i = 0; i < m.m_size * m.m_size; ++i)
        m.m_modules << ((code->data[i] & 1) != 0);  // bit 0 is the module's colour
    return m;
}

} // namespace patron::ui
