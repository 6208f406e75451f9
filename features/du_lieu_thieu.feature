# language: vi
Tính năng: Dữ liệu thiếu và dữ liệu sai
  Trường để trống là "chưa rõ", không bao giờ được coi là 0:
  - thiếu dữ liệu mà quy tắc cần → kết quả "cần rà soát", nêu tên dữ liệu còn thiếu;
  - thiếu dữ liệu mà quy tắc không cần (ví dụ số chỉ số thiếu hụt khi thu nhập đã cao hơn chuẩn
    nghèo — quy tắc "VÀ", D1) → vẫn có kết quả.
  Dữ liệu sai → hồ sơ bị từ chối với thông báo bằng tiếng Việt nêu đúng trường sai, không bao giờ
  hiện lỗi kỹ thuật và không tự điền giá trị thay.

  Quy tắc: Thiếu dữ liệu thì cần rà soát, nêu tên dữ liệu còn thiếu

    @rule:poverty.qd59.poor_by_income @rule:poverty.qd59.poor_by_deprivation
    Khung kịch bản: Thiếu thu nhập bình quân — chuẩn 2016–2021, hộ <khu vực>
      Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
      Và hộ chưa có số liệu thu nhập bình quân
      Và hộ khai báo thiếu hụt 3 chỉ số dịch vụ xã hội cơ bản
      Khi xét phân loại hộ tại ngày 15/06/2018
      Thì kết quả là "cần rà soát"
      Và cần bổ sung dữ liệu "Thu nhập bình quân"
      Và lý do cần rà soát nêu "Hộ nghèo do thu nhập không vượt chuẩn nghèo (2016–2021)" và "Thu nhập bình quân: chưa có dữ liệu"

      Dữ liệu:
        | khu vực   |
        | nông thôn |
        | thành thị |

    @rule:poverty.nd07.poor @rule:poverty.nd07.average
    Khung kịch bản: Thiếu thu nhập bình quân — chuẩn 2022–2026, hộ <khu vực>
      Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
      Và hộ chưa có số liệu thu nhập bình quân
      Và hộ khai báo thiếu hụt 3 chỉ số dịch vụ xã hội cơ bản
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì kết quả là "cần rà soát"
      Và cần bổ sung dữ liệu "Thu nhập bình quân"
      Và lý do cần rà soát nêu "Hộ nghèo — thu nhập không vượt chuẩn nghèo và thiếu hụt từ 3 chỉ số (2022–2026)" và "Thu nhập bình quân: chưa có dữ liệu"

      Dữ liệu:
        | khu vực   |
        | nông thôn |
        | thành thị |

    @rule:poverty.nd351.poor @rule:poverty.nd351.near_poor
    Khung kịch bản: Thiếu thu nhập bình quân — chuẩn 2027–2030, hộ <khu vực>, thiếu hụt <số chỉ số> chỉ số
      Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
      Và hộ chưa có số liệu thu nhập bình quân
      Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
      Khi xét phân loại hộ tại ngày 15/06/2028
      Thì kết quả là "cần rà soát"
      Và cần bổ sung dữ liệu "Thu nhập bình quân"
      Và lý do cần rà soát nêu "Thu nhập bình quân: chưa có dữ liệu"

      Dữ liệu:
        | khu vực   | số chỉ số |
        | nông thôn | 3         |
        | thành thị | 1         |

    @rule:poverty.nd07.poor @rule:poverty.nd07.near_poor
    Khung kịch bản: Thu nhập không vượt chuẩn nghèo <khu vực> nhưng không có dữ liệu chỉ số thiếu hụt
      Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
      Và thu nhập bình quân <thu nhập> đồng/người/tháng
      Và hộ không khai báo chỉ số thiếu hụt nào
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì kết quả là "cần rà soát"
      Và cần bổ sung dữ liệu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản"
      Và số chỉ số thiếu hụt chưa xác định được
      Và lý do cần rà soát nêu "Hộ cận nghèo — thu nhập không vượt chuẩn nghèo và thiếu hụt dưới 3 chỉ số (2022–2026)" và "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản: chưa có dữ liệu"

      Dữ liệu:
        | khu vực   | thu nhập  |
        | nông thôn | 1.500.000 |
        | thành thị | 2.000.000 |

    @rule:poverty.nd07.average @rule:poverty.nd07.poor
    Khung kịch bản: Thu nhập cao hơn chuẩn nghèo <khu vực> thì không cần chỉ số thiếu hụt (D1)
      Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
      Và thu nhập bình quân <thu nhập> đồng/người/tháng
      Và hộ không khai báo chỉ số thiếu hụt nào
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì kết quả là "hộ có mức sống trung bình"
      Và số chỉ số thiếu hụt chưa xác định được
      Và không có cảnh báo "thiếu dữ liệu"

      Dữ liệu:
        | khu vực   | thu nhập  |
        | nông thôn | 1.500.001 |
        | thành thị | 2.000.001 |

    @rule:poverty.qd59.poor_by_income @rule:poverty.qd59.near_poor
    Kịch bản: Thiếu cả thu nhập và số chỉ số thiếu hụt — nêu cả hai
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và hộ chưa có số liệu thu nhập bình quân
      Và hộ không khai báo chỉ số thiếu hụt nào
      Khi xét phân loại hộ tại ngày 15/06/2018
      Thì kết quả là "cần rà soát"
      Và cần bổ sung dữ liệu "Thu nhập bình quân"
      Và cần bổ sung dữ liệu "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản"

  Quy tắc: Dữ liệu sai thì hồ sơ bị từ chối, thông báo bằng tiếng Việt nêu đúng trường sai

    @input:income_pc_month
    Khung kịch bản: Thu nhập bình quân âm: <thu nhập> đồng
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân <thu nhập> đồng/người/tháng
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "thu nhập bình quân đầu người/tháng (đồng)" (mã income_pc_month): "phải lớn hơn hoặc bằng 0, nhận được <giá trị nhận>"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

      Dữ liệu:
        | thu nhập   | giá trị nhận |
        | -1         | -1           |
        | -1.500.000 | -1500000     |

    @input:income_pc_month
    Kịch bản: Thu nhập bình quân có phần lẻ của đồng
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 1.500.000,5 đồng/người/tháng
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "thu nhập bình quân đầu người/tháng (đồng)" (mã income_pc_month): "phải là số nguyên (không có phần thập phân)"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:unknown_field
    Khung kịch bản: Trường không có trong mẫu dữ liệu: "<tên trường>"
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Và hồ sơ có thêm trường "<tên trường>" với giá trị "<giá trị>"
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "<tên trường>" (mã <tên trường>): "trường không có trong mẫu dữ liệu (kiểm tra chính tả tên trường)"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

      Dữ liệu:
        | tên trường      | giá trị   |
        | thu_nhap        | 1500000   |
        | income_per_head | 1500000   |
        | so_chi_so       | 3         |

    @input:unknown_field
    Kịch bản: Trường lạ trong thông tin một thành viên
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Và thành viên số 1 có thêm trường "vai_tro" với giá trị "chủ hộ"
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "thành viên số 1 › vai_tro" (mã members[0].vai_tro): "trường không có trong mẫu dữ liệu"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:members.birth_date
    Kịch bản: Ngày sinh sau ngày tham chiếu
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Và thành viên số 2 sinh ngày 02/06/2025
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì hồ sơ bị từ chối với lỗi ở trường "thành viên số 2 › ngày sinh" (mã members[1].birth_date): "ngày sinh 02/06/2025 sau ngày tham chiếu 01/06/2025"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:members.birth_date @rule:poverty.nd07.near_poor
    Kịch bản: Trẻ sinh đúng ngày tham chiếu vẫn được tính là thành viên
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Và thành viên số 4 sinh ngày 01/06/2025
      Khi xét phân loại hộ tại ngày 01/06/2025
      Thì thành viên số 4 đủ 0 tuổi tại ngày tham chiếu
      Và kết quả là "hộ cận nghèo"

    @input:members.birth_date
    Kịch bản: Ngày sinh không tồn tại
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thành viên số 2 sinh ngày 31/02/1980
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "thành viên số 2 › ngày sinh" (mã members[1].birth_date): "ngày '1980-02-31' không tồn tại"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:reference_date
    Khung kịch bản: Ngày tham chiếu <ngày> nằm ngoài giai đoạn 2016–2030
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Khi xét phân loại hộ tại ngày <ngày>
      Thì ngày tham chiếu bị từ chối với thông báo "Ngày tham chiếu <ngày> nằm ngoài phạm vi bộ quy tắc (01/01/2016–31/12/2030)"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

      Dữ liệu:
        | ngày       |
        | 31/12/2015 |
        | 01/01/2000 |
        | 01/01/2031 |

    @input:reference_date @rule:poverty.qd59.poor_by_income
    Kịch bản: Ngày đầu tiên của giai đoạn, 01/01/2016, vẫn được xét
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 700.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
      Khi xét phân loại hộ tại ngày 01/01/2016
      Thì kết quả là "hộ nghèo"
      Và chuẩn áp dụng là "Quyết định 59/2015/QĐ-TTg"

    @input:reference_date @rule:poverty.nd351.poor
    Kịch bản: Ngày cuối cùng của giai đoạn, 31/12/2030, vẫn được xét
      Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
      Và thu nhập bình quân 2.200.000 đồng/người/tháng
      Và hộ khai báo thiếu hụt 3 chỉ số dịch vụ xã hội cơ bản
      Khi xét phân loại hộ tại ngày 31/12/2030
      Thì kết quả là "hộ nghèo"
      Và chuẩn áp dụng là "Nghị định 351/2025/NĐ-CP"

    @input:residence.area
    Khung kịch bản: Khu vực cư trú "<khu vực>" không hợp lệ
      Cho hộ gia đình ở khu vực "<khu vực>" có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "nơi cư trú › khu vực (nông thôn/thành thị)" (mã residence.area): "giá trị '<khu vực>' không hợp lệ"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

      Dữ liệu:
        | khu vực  |
        | miền núi |
        | ven biển |

    @input:residence.area
    Kịch bản: Thiếu khu vực cư trú — không tự coi là nông thôn
      Cho hộ gia đình chưa rõ khu vực, có 4 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "nơi cư trú › khu vực (nông thôn/thành thị)" (mã residence.area): "thiếu trường bắt buộc"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật

    @input:members
    Kịch bản: Hộ không có thành viên nào
      Cho hộ gia đình ở khu vực thành thị có 0 thành viên
      Và thu nhập bình quân 1.200.000 đồng/người/tháng
      Khi xét phân loại hộ tại ngày 15/06/2024
      Thì hồ sơ bị từ chối với lỗi ở trường "thành viên" (mã members): "không được để trống"
      Và thông báo lỗi bằng tiếng Việt, không có dấu vết lỗi kỹ thuật
