# Fills in an owners' workbook the way a person does in LibreOffice Calc, then saves it again
# as .xlsx (issue #10: the fixture test/fixtures/sheet/libreoffice-filled.xlsx). Run by
# scripts/make-libreoffice-fixture.sh with Debian's /usr/bin/python3 (python3-uno), which
# talks to a headless soffice over a named pipe.
#   python3 libreoffice-fill.py <pipe-name> <in.xlsx> <out.xlsx>
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    # A first start makes a fresh profile, which takes a while on a busy machine.
    for _ in range(600):
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.25)
    raise SystemExit('soffice did not answer on its pipe')


# Typed as a person types into each cell: setFormula reads the text as Calc reads keyboard
# input (a figure becomes a number, 2026-12-05 a date); setString keeps text as text, the
# way a cell formatted as text, or pasted text, holds it.
FILL = {
    '纺织服装': [
        ('I3', 'formula', '80'),
        ('J3', 'string', '推进中'),
        ('K3', 'string', '二号车间设备安装完成'),
        ('L3', 'formula', '2026-12-05'),
        ('I4', 'string', '90'),
        ('K4', 'string', '平台接入企业 120 家'),
        ('I5', 'formula', '100'),
        ('J5', 'string', '已完成'),
        ('K5', 'string', '=品牌发布会已举办'),
        ('I7', 'formula', '45'),
    ],
}


def main():
    pipe, source, target = sys.argv[1:4]
    ctx = connect(pipe)
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    # Headless Calc has no view of the sheet, so it saves none of the view settings (the
    # frozen header); Calc at a desk keeps them. Import does not depend on them.
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
    try:
        for name, cells in FILL.items():
            sheet = doc.Sheets.getByName(name)
            for address, how, value in cells:
                cell = sheet.getCellRangeByName(address)
                if how == 'formula':
                    cell.setFormula(value)
                else:
                    cell.setString(value)
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'Calc Office Open XML'),))
    finally:
        doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # soffice ends the connection as it quits


main()
