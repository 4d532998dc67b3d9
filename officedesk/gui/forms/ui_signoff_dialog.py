# Generated from ui/signoff_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout

from officedesk.gui.signature_pad import SignaturePad

class Ui_SignOffDialog(object):
    def setupUi(self, SignOffDialog: QDialog) -> None:
        if not SignOffDialog.objectName():
            SignOffDialog.setObjectName(u"SignOffDialog")
        SignOffDialog.resize(900, 440)
        self.dialogLayout = QVBoxLayout(SignOffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SignOffDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.summaryLabel = QLabel(SignOffDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setFrameShape(QFrame.StyledPanel)
        self.summaryLabel.setWordWrap(True)

        self.summaryRow.addWidget(self.summaryLabel)

        self.readButton = QPushButton(SignOffDialog)
        self.readButton.setObjectName(u"readButton")

        self.summaryRow.addWidget(self.readButton)


        self.dialogLayout.addLayout(self.summaryRow)

        self.endRow = QHBoxLayout()
        self.endRow.setObjectName(u"endRow")
        self.endTimeCaption = QLabel(SignOffDialog)
        self.endTimeCaption.setObjectName(u"endTimeCaption")

        self.endRow.addWidget(self.endTimeCaption)

        self.endTimeEdit = QTimeEdit(SignOffDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setDisplayFormat(u"HH:mm")

        self.endRow.addWidget(self.endTimeEdit)

        self.endSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endRow.addItem(self.endSpacer)


        self.dialogLayout.addLayout(self.endRow)

        self.blocksLayout = QHBoxLayout()
        self.blocksLayout.setObjectName(u"blocksLayout")
        self.unitBox = QGroupBox(SignOffDialog)
        self.unitBox.setObjectName(u"unitBox")
        self.unitLayout = QVBoxLayout(self.unitBox)
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitForm = QFormLayout()
        self.unitForm.setObjectName(u"unitForm")
        self.unitNameCaption = QLabel(self.unitBox)
        self.unitNameCaption.setObjectName(u"unitNameCaption")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameCaption)

        self.unitNameEdit = QLineEdit(self.unitBox)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.unitTitleCaption = QLabel(self.unitBox)
        self.unitTitleCaption.setObjectName(u"unitTitleCaption")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitTitleCaption)

        self.unitTitleEdit = QLineEdit(self.unitBox)
        self.unitTitleEdit.setObjectName(u"unitTitleEdit")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitTitleEdit)


        self.unitLayout.addLayout(self.unitForm)

        self.unitPad = SignaturePad(self.unitBox)
        self.unitPad.setObjectName(u"unitPad")

        self.unitLayout.addWidget(self.unitPad)

        self.unitPadButtons = QHBoxLayout()
        self.unitPadButtons.setObjectName(u"unitPadButtons")
        self.unitPadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitPadButtons.addItem(self.unitPadSpacer)

        self.unitUndoButton = QPushButton(self.unitBox)
        self.unitUndoButton.setObjectName(u"unitUndoButton")

        self.unitPadButtons.addWidget(self.unitUndoButton)

        self.unitClearButton = QPushButton(self.unitBox)
        self.unitClearButton.setObjectName(u"unitClearButton")

        self.unitPadButtons.addWidget(self.unitClearButton)


        self.unitLayout.addLayout(self.unitPadButtons)


        self.blocksLayout.addWidget(self.unitBox)

        self.teamBox = QGroupBox(SignOffDialog)
        self.teamBox.setObjectName(u"teamBox")
        self.teamLayout = QVBoxLayout(self.teamBox)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamForm = QFormLayout()
        self.teamForm.setObjectName(u"teamForm")
        self.teamNameCaption = QLabel(self.teamBox)
        self.teamNameCaption.setObjectName(u"teamNameCaption")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamNameCaption)

        self.teamNameEdit = QLineEdit(self.teamBox)
        self.teamNameEdit.setObjectName(u"teamNameEdit")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teamNameEdit)

        self.teamTitleCaption = QLabel(self.teamBox)
        self.teamTitleCaption.setObjectName(u"teamTitleCaption")

        self.teamForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teamTitleCaption)

        self.teamTitleEdit = QLineEdit(self.teamBox)
        self.teamTitleEdit.setObjectName(u"teamTitleEdit")

        self.teamForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.teamTitleEdit)


        self.teamLayout.addLayout(self.teamForm)

        self.teamPad = SignaturePad(self.teamBox)
        self.teamPad.setObjectName(u"teamPad")

        self.teamLayout.addWidget(self.teamPad)

        self.teamPadButtons = QHBoxLayout()
        self.teamPadButtons.setObjectName(u"teamPadButtons")
        self.teamPadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamPadButtons.addItem(self.teamPadSpacer)

        self.teamUndoButton = QPushButton(self.teamBox)
        self.teamUndoButton.setObjectName(u"teamUndoButton")

        self.teamPadButtons.addWidget(self.teamUndoButton)

        self.teamClearButton = QPushButton(self.teamBox)
        self.teamClearButton.setObjectName(u"teamClearButton")

        self.teamPadButtons.addWidget(self.teamClearButton)


        self.teamLayout.addLayout(self.teamPadButtons)


        self.blocksLayout.addWidget(self.teamBox)

        self.minutesBox = QGroupBox(SignOffDialog)
        self.minutesBox.setObjectName(u"minutesBox")
        self.minutesLayout = QVBoxLayout(self.minutesBox)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.minutesForm = QFormLayout()
        self.minutesForm.setObjectName(u"minutesForm")
        self.minutesNameCaption = QLabel(self.minutesBox)
        self.minutesNameCaption.setObjectName(u"minutesNameCaption")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutesNameCaption)

        self.minutesNameEdit = QLineEdit(self.minutesBox)
        self.minutesNameEdit.setObjectName(u"minutesNameEdit")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minutesNameEdit)

        self.minutesTitleCaption = QLabel(self.minutesBox)
        self.minutesTitleCaption.setObjectName(u"minutesTitleCaption")

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesTitleCaption)

        self.minutesTitleEdit = QLineEdit(self.minutesBox)
        self.minutesTitleEdit.setObjectName(u"minutesTitleEdit")

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutesTitleEdit)


        self.minutesLayout.addLayout(self.minutesForm)

        self.minutesPad = SignaturePad(self.minutesBox)
        self.minutesPad.setObjectName(u"minutesPad")

        self.minutesLayout.addWidget(self.minutesPad)

        self.minutesPadButtons = QHBoxLayout()
        self.minutesPadButtons.setObjectName(u"minutesPadButtons")
        self.minutesPadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesPadButtons.addItem(self.minutesPadSpacer)

        self.minutesUndoButton = QPushButton(self.minutesBox)
        self.minutesUndoButton.setObjectName(u"minutesUndoButton")

        self.minutesPadButtons.addWidget(self.minutesUndoButton)

        self.minutesClearButton = QPushButton(self.minutesBox)
        self.minutesClearButton.setObjectName(u"minutesClearButton")

        self.minutesPadButtons.addWidget(self.minutesClearButton)


        self.minutesLayout.addLayout(self.minutesPadButtons)


        self.blocksLayout.addWidget(self.minutesBox)


        self.dialogLayout.addLayout(self.blocksLayout)

        self.problemLabel = QLabel(SignOffDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(SignOffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endTimeCaption.setBuddy(self.endTimeEdit)
        self.unitNameCaption.setBuddy(self.unitNameEdit)
        self.unitTitleCaption.setBuddy(self.unitTitleEdit)
        self.teamNameCaption.setBuddy(self.teamNameEdit)
        self.teamTitleCaption.setBuddy(self.teamTitleEdit)
        self.minutesNameCaption.setBuddy(self.minutesNameEdit)
        self.minutesTitleCaption.setBuddy(self.minutesTitleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignOffDialog)

        QMetaObject.connectSlotsByName(SignOffDialog)
    # setupUi

    def retranslateUi(self, SignOffDialog: QDialog) -> None:
        SignOffDialog.setWindowTitle(QCoreApplication.translate("SignOffDialog", u"Sign the minutes", None))
#if QT_CONFIG(accessibility)
        SignOffDialog.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Sign the minutes", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("SignOffDialog", u"Read the summary with the unit's representative. Each person signs in their block; the minutes are then locked.", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Summary of the inspection", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.readButton.setToolTip(QCoreApplication.translate("SignOffDialog", u"The whole minutes as they will be signed: who was flagged, the posts, the violations and the actions", None))
#endif // QT_CONFIG(tooltip)
        self.readButton.setText(QCoreApplication.translate("SignOffDialog", u"&Read the minutes\u2026", None))
        self.endTimeCaption.setText(QCoreApplication.translate("SignOffDialog", u"The inspection &ended at:", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"End time of the inspection", None))
#endif // QT_CONFIG(accessibility)
        self.unitBox.setTitle(QCoreApplication.translate("SignOffDialog", u"Unit representative", None))
        self.unitNameCaption.setText(QCoreApplication.translate("SignOffDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.unitNameEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Unit representative: full name", None))
#endif // QT_CONFIG(accessibility)
        self.unitTitleCaption.setText(QCoreApplication.translate("SignOffDialog", u"Title:", None))
#if QT_CONFIG(accessibility)
        self.unitTitleEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Unit representative: title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitPad.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Unit representative: signature", None))
#endif // QT_CONFIG(accessibility)
        self.unitUndoButton.setText(QCoreApplication.translate("SignOffDialog", u"Undo stroke", None))
        self.unitClearButton.setText(QCoreApplication.translate("SignOffDialog", u"Clear", None))
        self.teamBox.setTitle(QCoreApplication.translate("SignOffDialog", u"Team leader", None))
        self.teamNameCaption.setText(QCoreApplication.translate("SignOffDialog", u"N&ame:", None))
#if QT_CONFIG(accessibility)
        self.teamNameEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Team leader: full name", None))
#endif // QT_CONFIG(accessibility)
        self.teamTitleCaption.setText(QCoreApplication.translate("SignOffDialog", u"Title:", None))
#if QT_CONFIG(accessibility)
        self.teamTitleEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Team leader: title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamPad.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Team leader: signature", None))
#endif // QT_CONFIG(accessibility)
        self.teamUndoButton.setText(QCoreApplication.translate("SignOffDialog", u"Undo stroke", None))
        self.teamClearButton.setText(QCoreApplication.translate("SignOffDialog", u"Clear", None))
        self.minutesBox.setTitle(QCoreApplication.translate("SignOffDialog", u"Minute-taker", None))
        self.minutesNameCaption.setText(QCoreApplication.translate("SignOffDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.minutesNameEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Minute-taker: full name", None))
#endif // QT_CONFIG(accessibility)
        self.minutesTitleCaption.setText(QCoreApplication.translate("SignOffDialog", u"Title:", None))
#if QT_CONFIG(accessibility)
        self.minutesTitleEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Minute-taker: title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutesPad.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Minute-taker: signature", None))
#endif // QT_CONFIG(accessibility)
        self.minutesUndoButton.setText(QCoreApplication.translate("SignOffDialog", u"Undo stroke", None))
        self.minutesClearButton.setText(QCoreApplication.translate("SignOffDialog", u"Clear", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"What is still missing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

