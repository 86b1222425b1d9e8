#pragma once
// printerProfileFromSettings: the receipt printer's profile as this till is set up (paper
// width, character set, drawer wiring), read from the per-till settings file.
//   printer/columns 32|48, printer/charset gb18030|cp437|cp858, printer/drawerPin 2|5,
//   printer/drawerPulseMs (on time), printer/cut full|partial|feed-full|feed-partial|none

#include "devices/escpos/PrinterProfile.h"

namespace patron {

class TillSettings;

// Unknown or missing values fall back to the defaults of a Chinese 80 mm printer.
PrinterProfile printerProfileFromSettings(const TillSettings& settings);

} // namespace patron
