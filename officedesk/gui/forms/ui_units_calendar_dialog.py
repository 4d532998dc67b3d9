# Generated from ui/units_calendar_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_calendar_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CalendarDayDialog(object):
    def setupUi(self, CalendarDayDialog: QDialog) -> None:
        if not CalendarDayDialog.objectName():
            CalendarDayDialog.setObjectName(u"CalendarDayDialog")
        CalendarDayDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(CalendarDayDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayLabel = QLabel(CalendarDayDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayRow = QHBoxLayout()
        self.dayRow.setObjectName(u"dayRow")
        self.dayEdit = QDateEdit(CalendarDayDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.dayRow.addWidget(self.dayEdit)

        self.weekdayLabel = QLabel(CalendarDayDialog)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.dayRow.addWidget(self.weekdayLabel)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayRow.addItem(self.daySpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dayRow)

        self.kindLabel = QLabel(CalendarDayDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.workingRadio = QRadioButton(CalendarDayDialog)
        self.workingRadio.setObjectName(u"workingRadio")
        self.workingRadio.setChecked(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workingRadio)

        self.offRadio = QRadioButton(CalendarDayDialog)
        self.offRadio.setObjectName(u"offRadio")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offRadio)

        self.noteLabel = QLabel(CalendarDayDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(CalendarDayDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(CalendarDayDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CalendarDayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.workingRadio)
        QWidget.setTabOrder(self.workingRadio, self.offRadio)
        QWidget.setTabOrder(self.offRadio, self.noteEdit)

        self.retranslateUi(CalendarDayDialog)

        QMetaObject.connectSlotsByName(CalendarDayDialog)
    # setupUi

    def retranslateUi(self, CalendarDayDialog: QDialog) -> None:
        CalendarDayDialog.setWindowTitle(QCoreApplication.translate("CalendarDayDialog", u"Day changed by notice", None))
        self.dayLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"&Day:", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("CalendarDayDialog", u"Day", None))
#endif // QT_CONFIG(accessibility)
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("CalendarDayDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.weekdayLabel.setAccessibleName(QCoreApplication.translate("CalendarDayDialog", u"Day of the week", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"Change:", None))
        self.workingRadio.setText(QCoreApplication.translate("CalendarDayDialog", u"&Make-up working day (offices work although it is a weekend)", None))
        self.offRadio.setText(QCoreApplication.translate("CalendarDayDialog", u"Day &off (offices close although it is a working day)", None))
        self.noteLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"&Notice:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CalendarDayDialog", u"Notice that changed the day", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CalendarDayDialog", u"Number and date of the notice, and why", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("CalendarDayDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

