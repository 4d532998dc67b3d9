# Generated from ui/entry_new_inspection_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_new_inspection_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from officedesk.gui.unit_combo import UnitCombo

class Ui_NewInspectionDialog(object):
    def setupUi(self, NewInspectionDialog: QDialog) -> None:
        if not NewInspectionDialog.objectName():
            NewInspectionDialog.setObjectName(u"NewInspectionDialog")
        NewInspectionDialog.resize(560, 160)
        NewInspectionDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(NewInspectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.campaignLabel = QLabel(NewInspectionDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(NewInspectionDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.unitLabel = QLabel(NewInspectionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = UnitCombo(NewInspectionDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.dateLabel = QLabel(NewInspectionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(NewInspectionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(NewInspectionDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(NewInspectionDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(NewInspectionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #9a0f0f;")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)

        self.retranslateUi(NewInspectionDialog)

        QMetaObject.connectSlotsByName(NewInspectionDialog)
    # setupUi

    def retranslateUi(self, NewInspectionDialog: QDialog) -> None:
        NewInspectionDialog.setWindowTitle(QCoreApplication.translate("NewInspectionDialog", u"New inspection", None))
#if QT_CONFIG(accessibility)
        NewInspectionDialog.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"New inspection", None))
#endif // QT_CONFIG(accessibility)
        self.campaignLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Campaign:", None))
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Campaign", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"&Day:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Day of the inspection", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("NewInspectionDialog", u"Check &time:", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("NewInspectionDialog", u"Check time", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

