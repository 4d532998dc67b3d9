# Generated from ui/units_staff_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_staff_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog: QDialog) -> None:
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(520, 340)
        self.dialogLayout = QVBoxLayout(StaffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.unitLabel = QLabel(StaffDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitValue = QLabel(StaffDialog)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.codeLabel = QLabel(StaffDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(StaffDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(StaffDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(StaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.positionLabel = QLabel(StaffDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(StaffDialog)
        self.positionEdit.setObjectName(u"positionEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.joinedLabel = QLabel(StaffDialog)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedEdit = QDateEdit(StaffDialog)
        self.joinedEdit.setObjectName(u"joinedEdit")
        self.joinedEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.joinedEdit)

        self.leftLabel = QLabel(StaffDialog)
        self.leftLabel.setObjectName(u"leftLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leftLabel)

        self.leftEdit = QDateEdit(StaffDialog)
        self.leftEdit.setObjectName(u"leftEdit")
        self.leftEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leftEdit)

        self.clockLabel = QLabel(StaffDialog)
        self.clockLabel.setObjectName(u"clockLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.clockLabel)

        self.clockEdit = QLineEdit(StaffDialog)
        self.clockEdit.setObjectName(u"clockEdit")
        self.clockEdit.setMaxLength(32)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clockEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(StaffDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.joinedLabel.setBuddy(self.joinedEdit)
        self.leftLabel.setBuddy(self.leftEdit)
        self.clockLabel.setBuddy(self.clockEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.joinedEdit)
        QWidget.setTabOrder(self.joinedEdit, self.leftEdit)
        QWidget.setTabOrder(self.leftEdit, self.clockEdit)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog: QDialog) -> None:
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff member", None))
        self.unitLabel.setText(QCoreApplication.translate("StaffDialog", u"Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitValue.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("StaffDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Staff code", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("StaffDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.positionLabel.setText(QCoreApplication.translate("StaffDialog", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.joinedLabel.setText(QCoreApplication.translate("StaffDialog", u"&Joined on:", None))
#if QT_CONFIG(accessibility)
        self.joinedEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Joined the unit on", None))
#endif // QT_CONFIG(accessibility)
        self.joinedEdit.setDisplayFormat(QCoreApplication.translate("StaffDialog", u"dd/MM/yyyy", None))
        self.leftLabel.setText(QCoreApplication.translate("StaffDialog", u"&Left on:", None))
#if QT_CONFIG(accessibility)
        self.leftEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Left the unit on", None))
#endif // QT_CONFIG(accessibility)
        self.leftEdit.setDisplayFormat(QCoreApplication.translate("StaffDialog", u"dd/MM/yyyy", None))
        self.clockLabel.setText(QCoreApplication.translate("StaffDialog", u"&Time-clock number:", None))
#if QT_CONFIG(accessibility)
        self.clockEdit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Number on the time clock", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("StaffDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

