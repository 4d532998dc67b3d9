# Generated from ui/units_schedule_dialog.ui by tools/build_forms.py (pyside6-uic): do not edit.
# Edit the .ui file with pyside6-designer, then run `make forms`.
# mypy: ignore-errors
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_schedule_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

class Ui_ScheduleVersionDialog(object):
    def setupUi(self, ScheduleVersionDialog: QDialog) -> None:
        if not ScheduleVersionDialog.objectName():
            ScheduleVersionDialog.setObjectName(u"ScheduleVersionDialog")
        ScheduleVersionDialog.resize(640, 400)
        self.dialogLayout = QVBoxLayout(ScheduleVersionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ScheduleVersionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.generalColumn = QVBoxLayout()
        self.generalColumn.setObjectName(u"generalColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.validFromLabel = QLabel(ScheduleVersionDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromEdit = QDateEdit(ScheduleVersionDialog)
        self.validFromEdit.setObjectName(u"validFromEdit")
        self.validFromEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.validFromEdit)

        self.lateGraceLabel = QLabel(ScheduleVersionDialog)
        self.lateGraceLabel.setObjectName(u"lateGraceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lateGraceLabel)

        self.lateGraceSpin = QSpinBox(ScheduleVersionDialog)
        self.lateGraceSpin.setObjectName(u"lateGraceSpin")
        self.lateGraceSpin.setMaximum(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lateGraceSpin)

        self.earlyGraceLabel = QLabel(ScheduleVersionDialog)
        self.earlyGraceLabel.setObjectName(u"earlyGraceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.earlyGraceLabel)

        self.earlyGraceSpin = QSpinBox(ScheduleVersionDialog)
        self.earlyGraceSpin.setObjectName(u"earlyGraceSpin")
        self.earlyGraceSpin.setMaximum(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.earlyGraceSpin)

        self.graceFromStartCheck = QCheckBox(ScheduleVersionDialog)
        self.graceFromStartCheck.setObjectName(u"graceFromStartCheck")
        self.graceFromStartCheck.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.graceFromStartCheck)


        self.generalColumn.addLayout(self.form)

        self.generalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalColumn.addItem(self.generalSpacer)


        self.bodyRow.addLayout(self.generalColumn)

        self.seasonsGroup = QGroupBox(ScheduleVersionDialog)
        self.seasonsGroup.setObjectName(u"seasonsGroup")
        self.seasonsGrid = QGridLayout(self.seasonsGroup)
        self.seasonsGrid.setObjectName(u"seasonsGrid")
        self.season1Header = QLabel(self.seasonsGroup)
        self.season1Header.setObjectName(u"season1Header")

        self.seasonsGrid.addWidget(self.season1Header, 0, 1, 1, 1)

        self.season2Check = QCheckBox(self.seasonsGroup)
        self.season2Check.setObjectName(u"season2Check")
        self.season2Check.setChecked(True)

        self.seasonsGrid.addWidget(self.season2Check, 0, 2, 1, 1)

        self.nameLabel = QLabel(self.seasonsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.seasonsGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.season1Name = QLineEdit(self.seasonsGroup)
        self.season1Name.setObjectName(u"season1Name")

        self.seasonsGrid.addWidget(self.season1Name, 1, 1, 1, 1)

        self.season2Name = QLineEdit(self.seasonsGroup)
        self.season2Name.setObjectName(u"season2Name")

        self.seasonsGrid.addWidget(self.season2Name, 1, 2, 1, 1)

        self.startLabel = QLabel(self.seasonsGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.seasonsGrid.addWidget(self.startLabel, 2, 0, 1, 1)

        self.season1Start = QDateEdit(self.seasonsGroup)
        self.season1Start.setObjectName(u"season1Start")

        self.seasonsGrid.addWidget(self.season1Start, 2, 1, 1, 1)

        self.season2Start = QDateEdit(self.seasonsGroup)
        self.season2Start.setObjectName(u"season2Start")

        self.seasonsGrid.addWidget(self.season2Start, 2, 2, 1, 1)

        self.endLabel = QLabel(self.seasonsGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.seasonsGrid.addWidget(self.endLabel, 3, 0, 1, 1)

        self.season1End = QDateEdit(self.seasonsGroup)
        self.season1End.setObjectName(u"season1End")

        self.seasonsGrid.addWidget(self.season1End, 3, 1, 1, 1)

        self.season2End = QDateEdit(self.seasonsGroup)
        self.season2End.setObjectName(u"season2End")

        self.seasonsGrid.addWidget(self.season2End, 3, 2, 1, 1)

        self.morningStartLabel = QLabel(self.seasonsGroup)
        self.morningStartLabel.setObjectName(u"morningStartLabel")

        self.seasonsGrid.addWidget(self.morningStartLabel, 4, 0, 1, 1)

        self.season1MorningStart = QTimeEdit(self.seasonsGroup)
        self.season1MorningStart.setObjectName(u"season1MorningStart")

        self.seasonsGrid.addWidget(self.season1MorningStart, 4, 1, 1, 1)

        self.season2MorningStart = QTimeEdit(self.seasonsGroup)
        self.season2MorningStart.setObjectName(u"season2MorningStart")

        self.seasonsGrid.addWidget(self.season2MorningStart, 4, 2, 1, 1)

        self.morningEndLabel = QLabel(self.seasonsGroup)
        self.morningEndLabel.setObjectName(u"morningEndLabel")

        self.seasonsGrid.addWidget(self.morningEndLabel, 5, 0, 1, 1)

        self.season1MorningEnd = QTimeEdit(self.seasonsGroup)
        self.season1MorningEnd.setObjectName(u"season1MorningEnd")

        self.seasonsGrid.addWidget(self.season1MorningEnd, 5, 1, 1, 1)

        self.season2MorningEnd = QTimeEdit(self.seasonsGroup)
        self.season2MorningEnd.setObjectName(u"season2MorningEnd")

        self.seasonsGrid.addWidget(self.season2MorningEnd, 5, 2, 1, 1)

        self.afternoonStartLabel = QLabel(self.seasonsGroup)
        self.afternoonStartLabel.setObjectName(u"afternoonStartLabel")

        self.seasonsGrid.addWidget(self.afternoonStartLabel, 6, 0, 1, 1)

        self.season1AfternoonStart = QTimeEdit(self.seasonsGroup)
        self.season1AfternoonStart.setObjectName(u"season1AfternoonStart")

        self.seasonsGrid.addWidget(self.season1AfternoonStart, 6, 1, 1, 1)

        self.season2AfternoonStart = QTimeEdit(self.seasonsGroup)
        self.season2AfternoonStart.setObjectName(u"season2AfternoonStart")

        self.seasonsGrid.addWidget(self.season2AfternoonStart, 6, 2, 1, 1)

        self.afternoonEndLabel = QLabel(self.seasonsGroup)
        self.afternoonEndLabel.setObjectName(u"afternoonEndLabel")

        self.seasonsGrid.addWidget(self.afternoonEndLabel, 7, 0, 1, 1)

        self.season1AfternoonEnd = QTimeEdit(self.seasonsGroup)
        self.season1AfternoonEnd.setObjectName(u"season1AfternoonEnd")

        self.seasonsGrid.addWidget(self.season1AfternoonEnd, 7, 1, 1, 1)

        self.season2AfternoonEnd = QTimeEdit(self.seasonsGroup)
        self.season2AfternoonEnd.setObjectName(u"season2AfternoonEnd")

        self.seasonsGrid.addWidget(self.season2AfternoonEnd, 7, 2, 1, 1)


        self.bodyRow.addWidget(self.seasonsGroup)

        self.bodyRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.bodyRow)

        self.problemLabel = QLabel(ScheduleVersionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ScheduleVersionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.validFromLabel.setBuddy(self.validFromEdit)
        self.lateGraceLabel.setBuddy(self.lateGraceSpin)
        self.earlyGraceLabel.setBuddy(self.earlyGraceSpin)
        self.nameLabel.setBuddy(self.season1Name)
        self.startLabel.setBuddy(self.season1Start)
        self.endLabel.setBuddy(self.season1End)
        self.morningStartLabel.setBuddy(self.season1MorningStart)
        self.morningEndLabel.setBuddy(self.season1MorningEnd)
        self.afternoonStartLabel.setBuddy(self.season1AfternoonStart)
        self.afternoonEndLabel.setBuddy(self.season1AfternoonEnd)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.validFromEdit, self.lateGraceSpin)
        QWidget.setTabOrder(self.lateGraceSpin, self.earlyGraceSpin)
        QWidget.setTabOrder(self.earlyGraceSpin, self.graceFromStartCheck)
        QWidget.setTabOrder(self.graceFromStartCheck, self.season2Check)
        QWidget.setTabOrder(self.season2Check, self.season1Name)
        QWidget.setTabOrder(self.season1Name, self.season1Start)
        QWidget.setTabOrder(self.season1Start, self.season1End)
        QWidget.setTabOrder(self.season1End, self.season1MorningStart)
        QWidget.setTabOrder(self.season1MorningStart, self.season1MorningEnd)
        QWidget.setTabOrder(self.season1MorningEnd, self.season1AfternoonStart)
        QWidget.setTabOrder(self.season1AfternoonStart, self.season1AfternoonEnd)
        QWidget.setTabOrder(self.season1AfternoonEnd, self.season2Name)
        QWidget.setTabOrder(self.season2Name, self.season2Start)
        QWidget.setTabOrder(self.season2Start, self.season2End)
        QWidget.setTabOrder(self.season2End, self.season2MorningStart)
        QWidget.setTabOrder(self.season2MorningStart, self.season2MorningEnd)
        QWidget.setTabOrder(self.season2MorningEnd, self.season2AfternoonStart)
        QWidget.setTabOrder(self.season2AfternoonStart, self.season2AfternoonEnd)

        self.retranslateUi(ScheduleVersionDialog)

        QMetaObject.connectSlotsByName(ScheduleVersionDialog)
    # setupUi

    def retranslateUi(self, ScheduleVersionDialog: QDialog) -> None:
        ScheduleVersionDialog.setWindowTitle(QCoreApplication.translate("ScheduleVersionDialog", u"New version of the working hours", None))
        self.validFromLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"In &force from:", None))
#if QT_CONFIG(accessibility)
        self.validFromEdit.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"In force from", None))
#endif // QT_CONFIG(accessibility)
        self.validFromEdit.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"dd/MM/yyyy", None))
        self.lateGraceLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"&Late after (minutes of grace):", None))
#if QT_CONFIG(accessibility)
        self.lateGraceSpin.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Minutes of grace before someone is late", None))
#endif // QT_CONFIG(accessibility)
        self.earlyGraceLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Leaving &early allowed (minutes):", None))
#if QT_CONFIG(accessibility)
        self.earlyGraceSpin.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Minutes someone may leave before the end of a session", None))
#endif // QT_CONFIG(accessibility)
        self.graceFromStartCheck.setText(QCoreApplication.translate("ScheduleVersionDialog", u"&Count late minutes from the start of the session", None))
#if QT_CONFIG(tooltip)
        self.graceFromStartCheck.setToolTip(QCoreApplication.translate("ScheduleVersionDialog", u"When ticked, someone 12 minutes late with 5 minutes of grace is 12 minutes late; otherwise 7.", None))
#endif // QT_CONFIG(tooltip)
        self.seasonsGroup.setTitle(QCoreApplication.translate("ScheduleVersionDialog", u"Seasons", None))
        self.season1Header.setText(QCoreApplication.translate("ScheduleVersionDialog", u"First season", None))
        self.season2Check.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Second seas&on", None))
        self.nameLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Season &name:", None))
#if QT_CONFIG(accessibility)
        self.season1Name.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Season name, first season", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.season2Name.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Season name, second season", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"&Starts on (day/month):", None))
#if QT_CONFIG(accessibility)
        self.season1Start.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Starts on (day/month), first season", None))
#endif // QT_CONFIG(accessibility)
        self.season1Start.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"dd/MM", None))
#if QT_CONFIG(accessibility)
        self.season2Start.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Starts on (day/month), second season", None))
#endif // QT_CONFIG(accessibility)
        self.season2Start.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"dd/MM", None))
        self.endLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"En&ds on (day/month):", None))
#if QT_CONFIG(accessibility)
        self.season1End.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Ends on (day/month), first season", None))
#endif // QT_CONFIG(accessibility)
        self.season1End.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"dd/MM", None))
#if QT_CONFIG(accessibility)
        self.season2End.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Ends on (day/month), second season", None))
#endif // QT_CONFIG(accessibility)
        self.season2End.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"dd/MM", None))
        self.morningStartLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"&Morning starts:", None))
#if QT_CONFIG(accessibility)
        self.season1MorningStart.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Morning starts, first season", None))
#endif // QT_CONFIG(accessibility)
        self.season1MorningStart.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.season2MorningStart.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Morning starts, second season", None))
#endif // QT_CONFIG(accessibility)
        self.season2MorningStart.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
        self.morningEndLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Mo&rning ends:", None))
#if QT_CONFIG(accessibility)
        self.season1MorningEnd.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Morning ends, first season", None))
#endif // QT_CONFIG(accessibility)
        self.season1MorningEnd.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.season2MorningEnd.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Morning ends, second season", None))
#endif // QT_CONFIG(accessibility)
        self.season2MorningEnd.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
        self.afternoonStartLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"&Afternoon starts:", None))
#if QT_CONFIG(accessibility)
        self.season1AfternoonStart.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Afternoon starts, first season", None))
#endif // QT_CONFIG(accessibility)
        self.season1AfternoonStart.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.season2AfternoonStart.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Afternoon starts, second season", None))
#endif // QT_CONFIG(accessibility)
        self.season2AfternoonStart.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
        self.afternoonEndLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Af&ternoon ends:", None))
#if QT_CONFIG(accessibility)
        self.season1AfternoonEnd.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Afternoon ends, first season", None))
#endif // QT_CONFIG(accessibility)
        self.season1AfternoonEnd.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.season2AfternoonEnd.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"Afternoon ends, second season", None))
#endif // QT_CONFIG(accessibility)
        self.season2AfternoonEnd.setDisplayFormat(QCoreApplication.translate("ScheduleVersionDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("ScheduleVersionDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

