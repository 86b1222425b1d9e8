#include "devices/transport/WindowsSpoolerTransport.h"

#ifdef Q_OS_WIN

#include <QCoreApplication>

#include <windows.h>
#include <winspool.h>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct WindowsSpoolerTransportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::WindowsSpoolerTransport)
};

WindowsSpoolerTransport::WindowsSpoolerTransport(QString printerName) : m_name(std::move(printerName)) {}

WindowsSpoolerTransport::~WindowsSpoolerTransport()
{
    closePrinter();
}

QString WindowsSpoolerTransport::describe() const
{
    return QStringLiteral("winspool://") + m_name;
}

Error WindowsSpoolerTransport::lastError(const QString& during) const
{
    const DWORD code = GetLastError();
    return makeError(ErrorCode::Unavailable, WindowsSpoolerTransportTr::tr("The Windows printer \"%1\" failed %2 (error %3).")
                                                 .arg(m_name, during).arg(qulonglong(code)));
}

void WindowsSpoolerTransport::closePrinter()
{
    if (!m_printer)
        return;
    if (m_docStarted) {
        EndPagePrinter(HANDLE(m_printer));
        EndDocPrinter(HANDLE(m_printer));
        m_docStarted = false;
    }
    ClosePrinter(HANDLE(m_printer));
    m_printer = nullptr;
}

Result<void> WindowsSpoolerTransport::open(int)
{
    std::wstring name = m_name.toStdWString();
    HANDLE handle = nullptr;
    if (!OpenPrinterW(name.data(), &handle, nullptr))
        return lastError(WindowsSpoolerTransportTr::tr("to open"));
    m_printer = handle;
    std::wstring docName = L"Patron receipt";
    std::wstring datatype = L"RAW";  // the driver must not render: the bytes are ESC/POS already
    DOC_INFO_1W info{docName.data(), nullptr, datatype.data()};
    if (StartDocPrinterW(handle, 1, reinterpret_cast<LPBYTE>(&info)) == 0)
        return lastError(WindowsSpoolerTransportTr::tr("to start the job"));
    m_docStarted = true;
    if (!StartPagePrinter(handle))
        return lastError(WindowsSpoolerTransportTr::tr("to start the page"));
    return {};
}

Result<void> WindowsSpoolerTransport::write(const QByteArray& data, int)
{
    qsizetype done = 0;
    while (done < data.size()) {
        DWORD written = 0;
        if (!WritePrinter(HANDLE(m_printer), const_cast<char*>(data.constData() + done), DWORD(data.size() - done),
                          &written) || written == 0)
            return lastError(WindowsSpoolerTransportTr::tr("while printing"));
        done += qsizetype(written);
    }
    return {};
}

Result<void> WindowsSpoolerTransport::finish(int)
{
    const bool ok = EndPagePrinter(HANDLE(m_printer)) && EndDocPrinter(HANDLE(m_printer));
    m_docStarted = false;
    if (!ok)
        return lastError(WindowsSpoolerTransportTr::tr("to end the job"));
    closePrinter();
    return {};
}

} // namespace patron

#endif
