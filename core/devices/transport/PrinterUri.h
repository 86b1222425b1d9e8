#pragma once
// PrinterUri: where the receipt printer is, as the till settings spell it:
//   tcp://HOST[:PORT]                       raw TCP, port 9100 by default
//   serial:///dev/ttyUSB0?baud=9600&flow=none|rtscts|xonxoff   (serial://COM3?… on Windows)
//   file:///dev/usb/lp0                     a printer device (or any file)
//   cups://QUEUE                            a raw CUPS queue, through lp
//   winspool://PRINTER NAME                 the Windows spooler, datatype RAW

#include "common/Result.h"

#include <QString>

namespace patron {

struct PrinterUri {
    enum class Kind { Tcp, Serial, DeviceFile, Cups, WindowsSpooler };
    enum class Flow { None, RtsCts, XonXoff };

    Kind kind = Kind::Tcp;
    QString host;            // tcp
    quint16 port = 9100;     // tcp
    QString path;            // serial port or device file
    qint32 baud = 9600;      // serial
    Flow flow = Flow::None;  // serial
    QString queue;           // cups, winspool

    static Result<PrinterUri> parse(const QString& text);
    QString toString() const;
};

} // namespace patron
