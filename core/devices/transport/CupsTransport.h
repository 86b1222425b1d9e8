#pragma once
// CupsTransport: a raw CUPS queue, through `lp -d QUEUE -o raw` with the job on its standard
// input, so the bytes reach the printer untouched by any filter.

#include "devices/transport/PrinterTransport.h"

#include <memory>

class QProcess;

namespace patron {

class CupsTransport : public PrinterTransport {
public:
    // `program` is lp; tests and unusual installs may name another with the same interface.
    explicit CupsTransport(QString queue, QString program = QStringLiteral("lp"));
    ~CupsTransport() override;

    QString describe() const override;
    Result<void> open(int timeoutMs) override;
    Result<void> write(const QByteArray& data, int timeoutMs) override;
    Result<void> finish(int timeoutMs) override;

private:
    QString m_queue;
    QString m_program;
    std::unique_ptr<QProcess> m_process;
};

} // namespace patron
