# language: vi
Tính năng: Cho vay hỗ trợ hộ nghèo về nhà ở (Quyết định 167/2008/QĐ-TTg, Quyết định 48/2014/QĐ-TTg, Quyết định 33/2015/QĐ-TTg)
  Ba chương trình cho vay ủy thác qua Tổ TK&VV như cho vay hộ nghèo (các điều kiện chung khi vay vốn
  áp dụng), lãi suất 3%/năm, nợ quá hạn 130% (3,9%/năm):
  - Quyết định 167/2008 (giai đoạn 1, 12/12/2008–31/12/2010): hộ nghèo ở nông thôn, chưa có nhà hoặc
    nhà tạm, hư hỏng, chưa được hỗ trợ nhà ở; vay tối đa 8 triệu đồng, 10 năm. Chương trình kết thúc
    trước phạm vi bộ quy tắc (từ 01/01/2016): chỉ còn để đối chiếu khoản vay cũ, không cho vay mới.
  - Quyết định 48/2014 (28/08/2014–31/12/2016): hộ nghèo cư trú ở vùng thường xuyên bị bão, lũ thuộc
    14 tỉnh miền Trung (Thanh Hóa đến Bình Thuận); vay tối đa 15 triệu đồng, 10 năm.
  - Quyết định 33/2015 (giai đoạn 2, từ 01/10/2015): hộ nghèo ở nông thôn có tên trong danh sách hỗ
    trợ nhà ở đã phê duyệt (danh sách tại 01/10/2015 — không xét lại tình trạng nghèo tại ngày vay),
    đã tách hộ ít nhất 5 năm, chưa có nhà hoặc nhà tạm, hư hỏng, dột nát; hộ đã được hỗ trợ nhà ở thì
    không được vay, trừ khi nhà đã bị thiên tai phá hủy hoặc được hỗ trợ từ 8 năm trở lên; vay tối đa
    25 triệu đồng, 15 năm (180 tháng).
  Số tiền còn có thể vay = mức cho vay tối đa − dư nợ hiện tại trong chương trình (D8).

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1975
    Và hộ đáp ứng các điều kiện chung khi vay vốn

  Quy tắc: Quyết định 167/2008 — không cho vay mới từ 2016

    @rule:program.poor_housing_qd167.eligible
    Khung kịch bản: Hộ nghèo chưa có nhà xin vay theo Quyết định 167/2008 ngày <ngày xét> — chương trình đã kết thúc
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2015
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 1 (QĐ 167/2008, 2008–2010)" ngày <ngày xét>
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Chương trình không có quy định hiệu lực"

      Dữ liệu:
        | ngày xét   |
        | 01/01/2016 |
        | 14/12/2025 |

  Quy tắc: Quyết định 48/2014 — nhà ở phòng, tránh bão, lụt (đến 31/12/2016)

    @rule:program.storm_housing_qd48.eligible
    Kịch bản: Hộ nghèo vùng bão, lũ miền Trung được vay 15 triệu đồng, 10 năm, 3%/năm
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2015
      Và hộ cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung
      Khi xét chương trình "Cho vay hộ nghèo xây dựng nhà ở phòng, tránh bão, lụt khu vực miền Trung (QĐ 48/2014, 2014–2016)" ngày 15/06/2016
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 15.000.000 đồng
      Và số tiền còn có thể vay là 15.000.000 đồng
      Và thời hạn tối đa là 120 tháng
      Và lãi suất là 3%/năm
      Và lãi suất nợ quá hạn là 3,9%/năm
      Và lý do có câu "Hộ nghèo cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung; dư nợ chưa đạt mức cho vay tối đa" và "Quyết định 48/2014/QĐ-TTg"
      Và lý do có câu "Cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung (Thanh Hóa đến Bình Thuận): có — đạt yêu cầu"
      Và giấy tờ cần chuẩn bị có "Danh sách hộ nghèo vay vốn làm nhà ở phòng, tránh bão, lụt được Tổ TK&VV bình xét và UBND xã xác nhận"
      Và kết quả không dựa trên căn cứ chưa xác minh

    @rule:program.storm_housing_qd48.eligible
    Kịch bản: Chương trình kết thúc ngày 31/12/2016
      Cho hộ được UBND xã công nhận là hộ nghèo ngày 20/12/2015
      Và hộ cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung
      Khi xét chương trình "Cho vay hộ nghèo xây dựng nhà ở phòng, tránh bão, lụt khu vực miền Trung (QĐ 48/2014, 2014–2016)" ngày 31/12/2016
      Thì kết quả là "Đủ điều kiện"
      Khi xét chương trình "Cho vay hộ nghèo xây dựng nhà ở phòng, tránh bão, lụt khu vực miền Trung (QĐ 48/2014, 2014–2016)" ngày 01/01/2017
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Chương trình không có quy định hiệu lực"

    @rule:program.storm_housing_qd48.eligible
    Khung kịch bản: Quyết định 48/2014: <điều kiện> — <kết quả>
      Cho hộ được UBND xã công nhận là <tình trạng> ngày 20/12/2015
      Và <vùng>
      Và hộ đang còn dư nợ chương trình nhà ở phòng chống bão lụt (QĐ 48) <dư nợ> đồng
      Khi xét chương trình "Cho vay hộ nghèo xây dựng nhà ở phòng, tránh bão, lụt khu vực miền Trung (QĐ 48/2014, 2014–2016)" ngày 15/06/2016
      Thì kết quả là "<kết quả>"
      Và <lý do>

      Dữ liệu:
        | điều kiện                    | tình trạng   | vùng                                                               | dư nợ      | kết quả            | lý do                                                                                                   |
        | không ở vùng bão, lũ         | hộ nghèo     | hộ không cư trú tại vùng thường xuyên bị bão, lũ                   | 0          | Không đủ điều kiện | lý do có câu "Cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung (Thanh Hóa đến Bình Thuận): không — không đạt yêu cầu" |
        | hộ cận nghèo                 | hộ cận nghèo | hộ cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung | 0          | Không đủ điều kiện | lý do có câu "Tình trạng được công nhận theo quyết định của UBND cấp xã: hộ cận nghèo — không phải là hộ nghèo" |
        | đã vay đủ 15 triệu đồng      | hộ nghèo     | hộ cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung | 15.000.000 | Không đủ điều kiện | lý do có câu "Dư nợ hiện tại trong chương trình 15.000.000 đồng không thấp hơn mức cho vay tối đa nhà ở phòng, tránh bão, lụt (QĐ 48/2014) 15.000.000 đồng" |
        | còn dư nợ 10 triệu đồng      | hộ nghèo     | hộ cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung | 10.000.000 | Đủ điều kiện       | số tiền còn có thể vay là 5.000.000 đồng                                                                |
        | chưa rõ vùng bão, lũ         | hộ nghèo     | chưa rõ hộ có cư trú tại vùng thường xuyên bị bão, lũ hay không    | 0          | Cần rà soát        | cần bổ sung dữ liệu "Cư trú tại vùng thường xuyên bị bão, lũ thuộc 14 tỉnh miền Trung (Thanh Hóa đến Bình Thuận)" |

  Quy tắc: Quyết định 33/2015 — hỗ trợ hộ nghèo về nhà ở giai đoạn 2

    @rule:program.poor_housing_qd33.eligible
    Kịch bản: Hộ nghèo có tên trong danh sách, tách hộ từ 2010, nhà dột nát, chưa được hỗ trợ — vay 25 triệu đồng, 15 năm
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 25.000.000 đồng
      Và số tiền còn có thể vay là 25.000.000 đồng
      Và thời hạn tối đa là 180 tháng
      Và lãi suất là 3%/năm
      Và lãi suất nợ quá hạn là 3,9%/năm
      Và lý do có câu "Hộ nghèo ở nông thôn có tên trong danh sách hỗ trợ nhà ở" và "Quyết định 33/2015/QĐ-TTg"
      Và lý do có câu "Số năm tròn hộ đã tách hộ, ở riêng 15 năm đạt thời gian tối thiểu đã tách hộ 5 năm"
      Và giấy tờ cần chuẩn bị có "Danh sách hộ nghèo được hỗ trợ nhà ở (có tên tại thời điểm 01/10/2015) đã được phê duyệt"
      Và kết quả không dựa trên căn cứ chưa xác minh

    @rule:program.poor_housing_qd33.eligible
    Khung kịch bản: Quyết định 33/2015: <điều kiện> — <kết quả>
      Cho hộ gia đình ở <khu vực>, chủ hộ sinh ngày 15/03/1975
      Và <danh sách>
      Và hộ tách hộ, ở riêng từ ngày <tách hộ>
      Và <nhà ở>
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "<lý do>"

      Dữ liệu:
        | điều kiện              | khu vực   | danh sách                                                       | tách hộ    | nhà ở                                                  | kết quả            | lý do                                                                            |
        | ở thành thị            | thành thị | hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt         | 01/05/2010 | hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát | Không đủ điều kiện | Khu vực cư trú: thành thị — không phải là nông thôn                              |
        | không có tên danh sách | nông thôn | hộ không có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt   | 01/05/2010 | hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát | Không đủ điều kiện | Có tên trong danh sách hộ được hỗ trợ nhà ở đã được phê duyệt: không — không đạt yêu cầu |
        | tách hộ chưa đủ 5 năm  | nông thôn | hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt         | 15/12/2020 | hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát | Không đủ điều kiện | Số năm tròn hộ đã tách hộ, ở riêng 4 năm thấp hơn thời gian tối thiểu đã tách hộ 5 năm |
        | tách hộ vừa đủ 5 năm   | nông thôn | hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt         | 14/12/2020 | hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát | Đủ điều kiện       | Số năm tròn hộ đã tách hộ, ở riêng 5 năm đạt thời gian tối thiểu đã tách hộ 5 năm |
        | đã có nhà kiên cố      | nông thôn | hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt         | 01/05/2010 | hộ đã có nhà ở kiên cố                                 | Không đủ điều kiện | Chưa có nhà ở hoặc nhà tạm, hư hỏng, dột nát: không — không đạt yêu cầu          |

    @rule:program.poor_housing_qd33.eligible @rule:program.poor_housing_qd33.earlier_support
    Khung kịch bản: Đã được hỗ trợ nhà ở ngày <ngày hỗ trợ> (<số năm> năm), <thiên tai>: <kết quả>
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ được hỗ trợ nhà ở lần trước ngày <ngày hỗ trợ>
      Và <thiên tai>
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "<kết quả>"

      Dữ liệu:
        | ngày hỗ trợ | số năm | thiên tai                                                            | kết quả            |
        | 15/12/2017  | 7      | nhà được hỗ trợ trước đây không bị thiên tai phá hủy                 | Không đủ điều kiện |
        | 14/12/2017  | 8      | nhà được hỗ trợ trước đây không bị thiên tai phá hủy                 | Đủ điều kiện       |
        | 15/12/2017  | 7      | nhà được hỗ trợ trước đây đã bị thiên tai phá hủy                    | Đủ điều kiện       |
        | 15/12/2017  | 7      | chưa rõ nhà được hỗ trợ trước đây có bị thiên tai phá hủy hay không  | Cần rà soát        |

    @rule:program.poor_housing_qd33.earlier_support
    Kịch bản: Đã được hỗ trợ nhà ở 7 năm trước, nhà không bị thiên tai phá hủy — từ chối, nêu điều loại trừ và văn bản
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ được hỗ trợ nhà ở lần trước ngày 15/12/2017
      Và nhà được hỗ trợ trước đây không bị thiên tai phá hủy
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Đã được hỗ trợ nhà ở trước đây, nhà không bị thiên tai phá hủy và chưa đủ thời gian tối thiểu kể từ lần hỗ trợ trước" và "Quyết định 33/2015/QĐ-TTg"
      Và lý do có câu "Số năm tròn kể từ lần hỗ trợ nhà ở trước 7 năm thấp hơn thời gian tối thiểu kể từ lần hỗ trợ nhà ở trước 8 năm"

    @rule:program.poor_housing_qd33.earlier_support
    Kịch bản: Được hỗ trợ 7 năm trước, chưa rõ nhà có bị thiên tai phá hủy — cần rà soát, nêu điều còn thiếu
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ được hỗ trợ nhà ở lần trước ngày 15/12/2017
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Nhà đã được hỗ trợ trước đây bị thiên tai phá hủy"

    @rule:program.poor_housing_qd33.eligible
    Khung kịch bản: Dư nợ nhà ở giai đoạn 2 <dư nợ> đồng: <kết quả>
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Và hộ đang còn dư nợ chương trình nhà ở hộ nghèo (QĐ 33) <dư nợ> đồng
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng <so với> mức cho vay tối đa nhà ở hộ nghèo (QĐ 33/2015) 25.000.000 đồng"

      Dữ liệu:
        | dư nợ      | kết quả            | so với         |
        | 24.999.999 | Đủ điều kiện       | thấp hơn       |
        | 25.000.000 | Không đủ điều kiện | không thấp hơn |

    @rule:program.poor_housing_qd33.eligible
    Kịch bản: Chưa rõ ngày tách hộ — cần rà soát
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Số năm tròn hộ đã tách hộ, ở riêng"

    @rule:program.poor_housing_qd33.eligible
    Kịch bản: Quyết định 33/2015 vẫn cho vay từ đầu phạm vi bộ quy tắc (01/01/2016)
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 01/01/2016
      Thì kết quả là "Đủ điều kiện"
      Và lý do có câu "Số năm tròn hộ đã tách hộ, ở riêng 5 năm đạt thời gian tối thiểu đã tách hộ 5 năm"

    @rule:lending.group_selection
    Kịch bản: Hộ trong danh sách hỗ trợ nhà ở nhưng chưa được Tổ TK&VV bình xét — từ chối theo điều kiện chung
      Cho hộ có tên trong danh sách hỗ trợ nhà ở đã được phê duyệt
      Và hộ tách hộ, ở riêng từ ngày 01/05/2010
      Và hộ chưa có nhà ở hoặc đang ở nhà tạm, hư hỏng, dột nát
      Và hộ chưa được hỗ trợ nhà ở lần nào
      Nhưng hộ không được Tổ TK&VV bình xét cho vay
      Khi xét chương trình "Cho vay hỗ trợ hộ nghèo về nhà ở, giai đoạn 2 (QĐ 33/2015)" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Được Tổ TK&VV bình xét cho vay: không — không đạt yêu cầu"
